# Meldingene til `schema` på bokmål.

schema-summary = Ukjent seksjon eller felt, verdi av feil type, påkrevd felt som mangler, verdi som ikke står i listen over tillatte verdier, feilskrevet dato.

## Typer verdier, med vanlige ord. `$kind` er en av: whole, number, decimal, text, bool, list,
## mapping, nothing, date, deadline, year, need-ref, value, other.
schema-type = { $kind ->
        [whole] et heltall
        [number] et tall
        [decimal] et desimaltall
        [bool] `true` eller `false`
        [list] en liste
        [mapping] en gruppe felter
        [nothing] en tom verdi
        [date] en dato som 2025-08-01
        [deadline] en dato som 2026-04-01 eller en årlig dag som 04-01
        [year] et årstall som 2026
        [need-ref] id-en til et behov
        [value] en av de tillatte verdiene
        [other] en annen type verdi
       *[text] en tekst
    }
# En verdi slik den står i filen.
schema-value = `{ $value }`
# Navnet på et felt, en verdi eller en seksjon slik det står i filene.
schema-name = `{ $name }`

## En verdi av feil type. `$expected` og `$found` er `schema-type` eller `schema-value`.
schema-wrong-type = `{ $field }` skal være { $expected }, ikke { $found }
schema-wrong-type-here = her skal det stå { $expected }, ikke { $found }
schema-no-value = `{ $field }` er tom, men skal være { $expected }
schema-wrong-type-label = skal være { $expected }
# Hvordan en verdi av en type skrives; `$kind` som i `schema-type`.
schema-help = { $kind ->
        [whole] skriv et heltall uten anførselstegn, mellomrom eller enhet, for eksempel `12`
        [number] skriv et tall uten anførselstegn, mellomrom eller enhet, med punktum foran desimalene, for eksempel `48.2`
        [bool] skriv `true` (ja) eller `false` (nei)
        [list] skriv en liste, `[A, B]`, eller én linje per oppføring som begynner med `- `
        [mapping] skriv feltene på hver sin linje under, med innrykk
        [date] skriv datoen som år-måned-dag, for eksempel `2025-08-01`
        [deadline] skriv en frist som år-måned-dag (`2026-04-01`), eller en årlig frist som måned-dag (`04-01`)
        [year] skriv året med fire sifre, for eksempel `2026`
        [need-ref] skriv id-en til et behov (`- B2`), eller id-en og hvor mye tiltaket lukker (`- {"{"} need: B2, closes: 6 {"}"}`)
        [value] skriv en av de tillatte verdiene
        [other] se docs/plan-format.md for hva feltet kan inneholde
       *[text] skriv en tekst etter feltnavnet
    }
# Et tall eller `true`/`false` der det skal stå en tekst.
schema-help-quote = sett verdien i anførselstegn, så blir den en tekst: `"{ $value }"`
# En liste der det skal stå én verdi.
schema-help-single = skriv én enkelt verdi, uten `[ ]` eller `- `
schema-allowed = tillatte verdier: { $values }
# En oppføring i en listeseksjon (`goals:`) som ikke er en gruppe felter.
schema-entry-not-mapping = hver oppføring i `{ $section }` skal være en gruppe felter, ikke { $found }
schema-entry-not-mapping-help = skriv feltene til oppføringen under `- `, med innrykk, for eksempel `- id: …` med `title: …` på linjen under

## Felter.
schema-unknown-field = ukjent felt `{ $field }`
schema-unknown-field-label = ukjent felt
# `$fields`: «`id`, `title` og `description`».
schema-unknown-field-did-you-mean = mente du `{ $suggestion }`? Feltene her er { $fields }
schema-unknown-field-help = feltene her er { $fields }; feltnavnene skrives på engelsk
schema-missing-field = `{ $field }` mangler her, men er påkrevd
schema-missing-field-label = i denne oppføringen
schema-missing-field-help = legg til `{ $field }` i oppføringen
schema-duplicate-field = `{ $field }` står to ganger
schema-duplicate-field-help = behold én av dem

## Verdier som ikke står i listen. `$values`: «`acquire`, `develop` eller `mobilise`».
schema-unknown-value = `{ $value }` er ikke en tillatt verdi for `{ $field }`
schema-unknown-value-here = `{ $value }` er ikke en tillatt verdi her
schema-unknown-value-label = ikke en tillatt verdi
schema-unknown-value-did-you-mean = mente du `{ $suggestion }`? Tillatte verdier: { $values }
schema-unknown-value-help = de tillatte verdiene er engelske ord, de samme i alle planer: { $values }

## Lister og koblinger til behov.
schema-empty-list = `{ $field }` er tom, men må ha minst én oppføring
schema-empty-list-here = listen er tom, men må ha minst én oppføring
schema-empty-list-label = tom
schema-empty-list-help = legg til minst én oppføring
schema-need-link = `{"{"} need: { $need } {"}"}` trenger `closes` eller `strategy` ved siden av `need`
schema-need-link-label = `closes` eller `strategy` mangler
schema-need-link-help = skriv bare id-en, `- { $need }`, eller legg til hvor mye av gapet tiltaket lukker, for eksempel `{"{"} need: { $need }, closes: 6 {"}"}`
# En verdi kplan ikke kunne lese av en egen grunn (`$detail` er ikke oversatt).
schema-unreadable = kplan kunne ikke lese denne verdien: { $detail }
schema-unreadable-label = kan ikke leses
schema-unreadable-help = se docs/plan-format.md for hva feltet kan inneholde

## Filer og seksjoner. `$sections`: «`organisation`, `units`, … og `evaluation`».
schema-empty-file = filen er tom: den har ingen seksjoner av planen
schema-empty-file-help = legg til en seksjon, for eksempel `goals:`, eller slett filen
schema-file-not-mapping = en planfil skal bestå av seksjoner som `goals:`, men i denne filen står det { $found }
schema-file-not-mapping-help = begynn filen med navnet på en seksjon, for eksempel `goals:`; seksjonene er { $sections }
schema-section-name-not-text = navnet på en seksjon skal være en tekst, ikke { $found }
schema-sections = seksjonene er { $sections }
schema-unknown-section = ukjent seksjon `{ $section }`
schema-unknown-section-label = ukjent seksjon
schema-unknown-section-did-you-mean = mente du `{ $suggestion }`? Seksjonene er { $sections }
schema-not-a-list = `{ $section }` skal være en liste med oppføringer, ikke { $found }
schema-not-a-list-help = begynn hver oppføring på en egen linje med `- ` (YAML), eller skriv hver som en `[[{ $section }]]`-tabell (TOML)

## Mapper i `[render]` som er utenfor planen. `$field` er `templates` eller `output`.
schema-outside-root = `{ $field } = "{ $value }"` i `[render]` peker ut av planmappen
schema-outside-root-label = utenfor planmappen
schema-outside-root-help = { $field ->
        [output] oppgi en mappe inne i planen, relativt til kplan.toml (for eksempel `"build"`), uten `..`; for å skrive et annet sted, bruk `kplan render -o MAPPE`
       *[templates] oppgi en mappe inne i planen, relativt til kplan.toml (for eksempel `"maler"`), uten `..`
    }

## `[checks]` i kplan.toml.
schema-checks-unknown-rule = `[checks]` nevner en ukjent regel, `{ $rule }`
schema-checks-unknown-rule-label = ukjent regel
schema-checks-unknown-rule-did-you-mean = mente du `{ $suggestion }`? `kplan explain` viser alle reglene
schema-checks-unknown-rule-help = `kplan explain` viser alle reglene
schema-checks-always-error = `{ $code }` kan ikke slås av eller senkes: et identitetsnummer (fødselsnummer eller D-nummer) må aldri komme med i et offentlig dokument
schema-checks-always-error-label = alltid en feil
schema-checks-always-error-help = fjern `{ $code }` fra `[checks]`, og fjern heller nummeret fra planen
schema-checks-not-a-severity = `[checks]` setter `{ $code }` til `{ $value }`, som ikke er en alvorlighetsgrad
schema-checks-not-a-severity-label = ikke en alvorlighetsgrad
