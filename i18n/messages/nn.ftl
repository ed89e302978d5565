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

## R1
# Ein strategi slik filene skriv han (`acquire`), med namnet på norsk.
strategy-value = `{ $strategy }` ({ $strategy ->
        [acquire] skaffe
        [develop] utvikle
        [mobilise] mobilisere
       *[phase-out] avvikle
    })
# Ein merknad som kan vere ei følgje av ein ukjend referanse (`unknown-reference`): `$message` er
# den eigne meldinga til merknaden, `$from` elementet som viser til noko («tiltak T5»), `$id`
# id-en som ikkje finst, `$kind` typen han skulle ha vist til («behov»).
cause-unknown-reference = { $message } (kanskje fordi { $from } viser til `{ $id }`, og ingen { $kind } har den id-en)
# Etiketten ved den ukjende referansen; `$meant`: «`B2`» eller «`B1` eller `B3`», kvar ein
# `cause-unknown-reference-id`.
cause-unknown-reference-label = ingen { $kind } har denne id-en: skulle det stå { $meant } her?
cause-unknown-reference-id = `{ $id }`
