# Messages of `apprentices-below-recommendation` in English.

apprentices-below-recommendation-summary = With `[plan] population` given, a year of the plan period has fewer apprenticeship places than KS's recommendation of 2 per 1 000 inhabitants.
# `$places` in `$year`, `$per_thousand` per 1,000 of `$population`; KS recommends
# `$recommended_per_thousand` per 1,000, which is `$recommended` places.
apprentices-below-recommendation = { $places ->
        [one] { $places } apprenticeship place
       *[other] { $places } apprenticeship places
    } in { $year } ({ $per_thousand } per 1,000 inhabitants); KS recommends at least { $recommended_per_thousand } per 1,000, { $recommended } for a population of { $population }
# `$missing`: the places short of the recommendation.
apprentices-below-recommendation-label = { $missing } below the recommendation
apprentices-below-recommendation-help = plan more læreplasser in `apprentices` (`places`); if the plan covers only part of the municipality, leave out `population` or write `apprentices-below-recommendation = "off"` in `[checks]`
