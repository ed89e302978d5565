# Meldingane til `unused` på nynorsk.

unused-summary = Ingenting viser til eit element som er lagt inn (ei eining, rolle, føring, finansieringskjelde, ein ambisjon, indikator eller eit kompetanseområde).
# `$kind`: ei `kind`-melding («eining»).
unused = ingenting i planen viser til { $kind } `{ $id }`
unused-label = lagt inn, men ikkje brukt
# `$kind` er nøkkelen til typen (unit, role, competence-area, guideline, ambition, funding, indicator).
unused-help = { $kind ->
        [unit] vis til henne frå eit behov, eit tiltak, ei rad i bemanninga eller ei undereining (`unit`, `parent`), eller fjern henne
        [role] vis til henne frå eit behov (`role`), eit tiltak (`target_group`) eller ei rad i bemanninga, eller fjern henne
        [competence-area] vis til det frå eit behov (`area`), eller fjern det
        [guideline] vis til henne frå eit mål (`based_on`), eller fjern henne
        [ambition] vis til han frå eit mål (`ambition`), eller fjern han
        [funding] vis til henne frå ein kostnad i eit tiltak (`funding`), eller fjern henne
       *[indicator] vis til han frå eit mål eller eit tiltak (`indicators`), eller fjern han
    }
