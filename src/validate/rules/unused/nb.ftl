# Meldingene til `unused` på bokmål.

unused-summary = Ingenting viser til et element som er lagt inn (en enhet, rolle, føring, ambisjon, finansieringskilde, indikator eller et kompetanseområde).
# `$kind`: en `kind`-melding («enhet»).
unused = ingenting i planen viser til { $kind } `{ $id }`
unused-label = lagt inn, men ikke brukt
# `$kind` er nøkkelen til typen (unit, role, competence-area, guideline, ambition, funding, indicator).
unused-help = { $kind ->
        [unit] vis til den fra et behov, et tiltak, en rad i bemanningen eller en underenhet (`unit`, `parent`), eller fjern den
        [role] vis til den fra et behov (`role`), et tiltak (`target_group`) eller en rad i bemanningen, eller fjern den
        [competence-area] vis til det fra et behov (`area`), eller fjern det
        [guideline] vis til den fra et mål (`based_on`), eller fjern den
        [ambition] vis til den fra et mål (`ambition`), eller fjern den
        [funding] vis til den fra en kostnad i et tiltak (`funding`), eller fjern den
       *[indicator] vis til den fra et mål eller et tiltak (`indicators`), eller fjern den
    }
