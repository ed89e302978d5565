# Meldingene til `apprentices-below-recommendation` på bokmål.

apprentices-below-recommendation-summary = Når `[plan] population` er oppgitt, har et år i planperioden færre læreplasser enn KS anbefaler: 2 per 1 000 innbyggere.
# `$places` i `$year`, `$per_thousand` per 1 000 av `$population`; KS anbefaler
# `$recommended_per_thousand` per 1 000, altså `$recommended` plasser.
apprentices-below-recommendation = { $places ->
        [one] { $places } læreplass
       *[other] { $places } læreplasser
    } i { $year } ({ $per_thousand } per 1 000 innbyggere); KS anbefaler minst { $recommended_per_thousand } per 1 000, det vil si { $recommended } for { $population } innbyggere
# `$missing`: hvor mange plasser som mangler for å nå anbefalingen.
apprentices-below-recommendation-label = { $missing } færre enn anbefalt
apprentices-below-recommendation-help = planlegg flere læreplasser i `apprentices` (`places`); hvis planen bare gjelder en del av kommunen, utelat `population` eller skriv `apprentices-below-recommendation = "off"` i `[checks]`
