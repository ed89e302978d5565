# Meldingane til `apprentices-below-recommendation` på nynorsk.
# TODO(translate)

apprentices-below-recommendation-summary = With `[plan] population` given, a year of the plan period has fewer apprenticeship places than KS's recommendation of 2 per 1 000 inhabitants.
