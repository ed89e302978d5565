# Ordene alle merknadskoder deler, på bokmål. Hver kodes egne meldinger ligger ved siden av
# dokumentasjonen (`src/validate/rules/<regel>/nb.ftl`, `src/load/codes/<kode>/nb.ftl`).

## Lister: «a, b eller c».
list-or = eller
list-and = og

## Rapporter.
# Hjelpelinjen til en merknad i formater som gir merknaden som én tekst (GitHub, SARIF).
report-help = hjelp: { $help }
# Ordet foran hjelpelinjen i det menneskelesbare formatet.
report-help-word = hjelp
# Siste linje fra `kplan check`: «2 feil, 1 advarsel i 8 filer»; råd bare når det finnes noen.
report-summary = { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }{ $notes ->
        [0] {""}
       *[other] , { $notes } råd
    } i { $files } { $files ->
        [one] fil
       *[other] filer
    }

## Elementer. `$kind` er en av: unit, role, anchoring, ambition, guideline, goal,
## competence-area, need, apprentice, funding, measure, indicator.
kind = { $kind ->
        [unit] enhet
        [role] rolle
        [anchoring] forankring
        [ambition] ambisjon
        [guideline] føring
        [goal] mål
        [competence-area] kompetanseområde
        [need] behov
        [apprentice] lærlingoppføring
        [funding] finansieringskilde
        [measure] tiltak
       *[indicator] indikator
    }
# Typen med ubestemt artikkel: «et mål», «en indikator».
kind-a = { $kind ->
        [unit] en enhet
        [role] en rolle
        [anchoring] en forankring
        [ambition] en ambisjon
        [guideline] en føring
        [goal] et mål
        [competence-area] et kompetanseområde
        [need] et behov
        [apprentice] en lærlingoppføring
        [funding] en finansieringskilde
        [measure] et tiltak
       *[indicator] en indikator
    }
# Ett element: «tiltak T1». `$kind` er en `kind`-melding.
entity = { $kind } { $id }
# En rad i bemanningstabellen (radene har ingen id).
entity-workforce-row = en rad i bemanningen

## P2
## Tall og datoer skrevet på norsk vis (`load::habits`): hjelpen til `parse`-merknader (TOML) og
## `schema`-merknader (YAML). `$fixed` er verdien, eller hele linjen, slik den skal skrives.
# `$unit` slik den er skrevet: `kr`, `%`, `NOK`, `,-`.
habit-unit = skriv bare tallet, uten `{ $unit }`: mente du `{ $fixed }`?
habit-decimal-comma = skriv desimaltall med punktum, ikke komma: mente du `{ $fixed }`?
habit-group-space = skriv tallet uten mellomrom: mente du `{ $fixed }`?
habit-group-point = skriv tallet uten punktum mellom sifrene: mente du `{ $fixed }`?
habit-date = skriv datoen som år-måned-dag: mente du `{ $fixed }`?
# `200.000` der det skal stå et heltall: `$read` er tallet som blir lest (200).
habit-point-is-decimal = punktum er desimaltegn her, så kplan leser `{ $value }` som { $read }: mente du `{ $fixed }`?
