# Messages of `apprentices-below-recommendation` in English.

apprentices-below-recommendation-summary = With `[plan] population` given, a year of the plan period has fewer apprenticeship places than KS's recommendation of 2 per 1 000 inhabitants.
