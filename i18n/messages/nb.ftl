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

## R1
# En strategi slik filene skriver den (`acquire`), med navnet på norsk.
strategy-value = `{ $strategy }` ({ $strategy ->
        [acquire] anskaffe
        [develop] utvikle
        [mobilise] mobilisere
       *[phase-out] avvikle
    })
# En merknad som kan være en følge av en ukjent referanse (`unknown-reference`): `$message` er
# merknadens egen melding, `$from` elementet som viser til noe («tiltak T5»), `$id` id-en som
# ikke finnes, `$kind` typen den skulle vist til («behov»).
cause-unknown-reference = { $message } (kanskje fordi { $from } viser til `{ $id }`, og ingen { $kind } har den id-en)
# Etiketten ved den ukjente referansen; `$meant`: «`B2`» eller «`B1` eller `B3`», hver en
# `cause-unknown-reference-id`.
cause-unknown-reference-label = ingen { $kind } har denne id-en: skulle det stå { $meant } her?
cause-unknown-reference-id = `{ $id }`
