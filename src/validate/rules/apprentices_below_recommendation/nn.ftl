# Meldingane til `apprentices-below-recommendation` på nynorsk.

apprentices-below-recommendation-summary = Når `[plan] population` er oppgitt, har eit år i planperioden færre læreplassar enn KS tilrår: 2 per 1 000 innbyggjarar.
# `$places` i `$year`, `$per_thousand` per 1 000 av `$population`; KS tilrår
# `$recommended_per_thousand` per 1 000, altså `$recommended` plassar.
apprentices-below-recommendation = { $places ->
        [one] { $places } læreplass
       *[other] { $places } læreplassar
    } i { $year } ({ $per_thousand } per 1 000 innbyggjarar); KS tilrår minst { $recommended_per_thousand } per 1 000, det vil seie { $recommended } for { $population } innbyggjarar
# `$missing`: kor mange plassar som manglar for å nå tilrådinga.
apprentices-below-recommendation-label = { $missing } færre enn tilrådd
apprentices-below-recommendation-help = planlegg fleire læreplassar i `apprentices` (`places`); viss planen berre gjeld ein del av kommunen, utelat `population` eller skriv `apprentices-below-recommendation = "off"` i `[checks]`
