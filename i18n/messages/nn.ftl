# Orda alle merknadskodane deler, på nynorsk. Kvar kode sine eigne meldingar ligg ved sida av
# dokumentasjonen (`src/validate/rules/<regel>/nn.ftl`, `src/load/codes/<kode>/nn.ftl`).

## Lister: «a, b eller c».
list-or = eller
list-and = og

## Rapportar.
# Hjelpelinja til ein merknad i format som gir merknaden som éin tekst (GitHub, SARIF).
report-help = hjelp: { $help }
# Ordet framfor hjelpelinja i det menneskelesbare formatet.
report-help-word = hjelp
# Siste linja frå `kplan check`: «2 feil, 1 åtvaring i 8 filer»; råd berre når det finst nokon.
report-summary = { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }{ $notes ->
        [0] {""}
       *[other] , { $notes } råd
    } i { $files } { $files ->
        [one] fil
       *[other] filer
    }

## Element. `$kind` er ein av: unit, role, anchoring, ambition, guideline, goal,
## competence-area, need, apprentice, funding, measure, indicator.
kind = { $kind ->
        [unit] eining
        [role] rolle
        [anchoring] forankring
        [ambition] ambisjon
        [guideline] føring
        [goal] mål
        [competence-area] kompetanseområde
        [need] behov
        [apprentice] lærlingoppføring
        [funding] finansieringskjelde
        [measure] tiltak
       *[indicator] indikator
    }
# Typen med ubunden artikkel: «eit mål», «ein indikator».
kind-a = { $kind ->
        [unit] ei eining
        [role] ei rolle
        [anchoring] ei forankring
        [ambition] ein ambisjon
        [guideline] ei føring
        [goal] eit mål
        [competence-area] eit kompetanseområde
        [need] eit behov
        [apprentice] ei lærlingoppføring
        [funding] ei finansieringskjelde
        [measure] eit tiltak
       *[indicator] ein indikator
    }
# Eitt element: «tiltak T1». `$kind` er ei `kind`-melding.
entity = { $kind } { $id }
# Ei rad i bemanningstabellen (radene har ingen id).
entity-workforce-row = ei rad i bemanninga

## P2
## Tal og datoar skrivne på norsk vis (`load::habits`): hjelpa til `parse`-merknader (TOML) og
## `schema`-merknader (YAML). `$fixed` er verdien, eller heile linja, slik ho skal skrivast.
# `$unit` slik han er skriven: `kr`, `%`, `NOK`, `,-`.
habit-unit = skriv berre talet, utan `{ $unit }`: meinte du `{ $fixed }`?
habit-decimal-comma = skriv desimaltal med punktum, ikkje komma: meinte du `{ $fixed }`?
habit-group-space = skriv talet utan mellomrom: meinte du `{ $fixed }`?
habit-group-point = skriv talet utan punktum mellom sifra: meinte du `{ $fixed }`?
habit-date = skriv datoen som år-månad-dag: meinte du `{ $fixed }`?
# `200.000` der det skal stå eit heiltal: `$read` er talet som blir lese (200).
habit-point-is-decimal = punktum er desimalteikn her, så kplan les `{ $value }` som { $read }: meinte du `{ $fixed }`?
