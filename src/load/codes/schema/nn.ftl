# Meldingane til `schema` på nynorsk.

schema-summary = Ukjend seksjon eller felt, verdi av feil type, påkravd felt som manglar, verdi som ikkje står i lista over tillatne verdiar, feilskriven dato.

## Typar verdiar, med vanlege ord. `$kind` er ein av: whole, number, decimal, text, bool, list,
## mapping, nothing, date, deadline, year, need-ref, value, other.
schema-type = { $kind ->
        [whole] eit heiltal
        [number] eit tal
        [decimal] eit desimaltal
        [bool] `true` eller `false`
        [list] ei liste
        [mapping] ei gruppe felt
        [nothing] ein tom verdi
        [date] ein dato som 2025-08-01
        [deadline] ein dato som 2026-04-01 eller ein årleg dag som 04-01
        [year] eit årstal som 2026
        [need-ref] id-en til eit behov
        [value] ein av dei tillatne verdiane
        [other] ein annan type verdi
       *[text] ein tekst
    }
# Ein verdi slik han står i fila.
schema-value = `{ $value }`
# Namnet på eit felt, ein verdi eller ein seksjon slik det står i filene.
schema-name = `{ $name }`

## Ein verdi av feil type. `$expected` og `$found` er `schema-type` eller `schema-value`.
schema-wrong-type = `{ $field }` skal vere { $expected }, ikkje { $found }
schema-wrong-type-here = her skal det stå { $expected }, ikkje { $found }
schema-no-value = `{ $field }` er tom, men skal vere { $expected }
schema-wrong-type-label = skal vere { $expected }
# Korleis ein verdi av ein type blir skriven; `$kind` som i `schema-type`.
schema-help = { $kind ->
        [whole] skriv eit heiltal utan hermeteikn, mellomrom eller eining, til dømes `12`
        [number] skriv eit tal utan hermeteikn, mellomrom eller eining, med punktum framfor desimalane, til dømes `48.2`
        [bool] skriv `true` (ja) eller `false` (nei)
        [list] skriv ei liste, `[A, B]`, eller éi linje per oppføring som byrjar med `- `
        [mapping] skriv felta på kvar si linje under, med innrykk
        [date] skriv datoen som år-månad-dag, til dømes `2025-08-01`
        [deadline] skriv ein frist som år-månad-dag (`2026-04-01`), eller ein årleg frist som månad-dag (`04-01`)
        [year] skriv året med fire siffer, til dømes `2026`
        [need-ref] skriv id-en til eit behov (`- B2`), eller id-en og kor mykje tiltaket lukkar (`- {"{"} need: B2, closes: 6 {"}"}`)
        [value] skriv ein av dei tillatne verdiane
        [other] sjå docs/plan-format.md for kva feltet kan innehalde
       *[text] skriv ein tekst etter feltnamnet
    }
# Eit tal eller `true`/`false` der det skal stå ein tekst.
schema-help-quote = set verdien i hermeteikn, så blir han ein tekst: `"{ $value }"`
# Ei liste der det skal stå éin verdi.
schema-help-single = skriv éin enkelt verdi, utan `[ ]` eller `- `
schema-allowed = tillatne verdiar: { $values }
# Ei oppføring i ein listeseksjon (`goals:`) som ikkje er ei gruppe felt.
schema-entry-not-mapping = kvar oppføring i `{ $section }` skal vere ei gruppe felt, ikkje { $found }
schema-entry-not-mapping-help = skriv felta til oppføringa under `- `, med innrykk, til dømes `- id: …` med `title: …` på linja under

## Felt.
schema-unknown-field = ukjend felt `{ $field }`
schema-unknown-field-label = ukjend felt
# `$fields`: «`id`, `title` og `description`».
schema-unknown-field-did-you-mean = meinte du `{ $suggestion }`? Felta her er { $fields }
schema-unknown-field-help = felta her er { $fields }; feltnamna skal skrivast på engelsk
schema-missing-field = `{ $field }` manglar her, men er påkravd
schema-missing-field-label = i denne oppføringa
schema-missing-field-help = legg til `{ $field }` i oppføringa
schema-duplicate-field = `{ $field }` står to gonger
schema-duplicate-field-help = behald éin av dei

## Verdiar som ikkje står i lista. `$values`: «`acquire`, `develop` eller `mobilise`».
schema-unknown-value = `{ $value }` er ikkje ein tillaten verdi for `{ $field }`
schema-unknown-value-here = `{ $value }` er ikkje ein tillaten verdi her
schema-unknown-value-label = ikkje ein tillaten verdi
schema-unknown-value-did-you-mean = meinte du `{ $suggestion }`? Tillatne verdiar: { $values }
schema-unknown-value-help = dei tillatne verdiane er engelske ord, dei same i alle planar: { $values }

## Lister og koplingar til behov.
schema-empty-list = `{ $field }` er tom, men må ha minst éi oppføring
schema-empty-list-here = lista er tom, men må ha minst éi oppføring
schema-empty-list-label = tom
schema-empty-list-help = legg til minst éi oppføring
schema-need-link = `{"{"} need: { $need } {"}"}` treng `closes` eller `strategy` ved sida av `need`
schema-need-link-label = `closes` eller `strategy` manglar
schema-need-link-help = skriv berre id-en, `- { $need }`, eller legg til kor mykje av gapet tiltaket lukkar, til dømes `{"{"} need: { $need }, closes: 6 {"}"}`
# Ein verdi kplan ikkje kunne lese av ein eigen grunn (`$detail` er ikkje omsett).
schema-unreadable = kplan kunne ikkje lese denne verdien: { $detail }
schema-unreadable-label = kan ikkje lesast
schema-unreadable-help = sjå docs/plan-format.md for kva feltet kan innehalde

## Filer og seksjonar. `$sections`: «`organisation`, `units`, … og `evaluation`».
schema-empty-file = fila er tom: ho har ingen seksjonar av planen
schema-empty-file-help = legg til ein seksjon, til dømes `goals:`, eller slett fila
schema-file-not-mapping = ei planfil skal bestå av seksjonar som `goals:`, men i denne fila står det { $found }
schema-file-not-mapping-help = byrj fila med namnet på ein seksjon, til dømes `goals:`; seksjonane er { $sections }
schema-section-name-not-text = namnet på ein seksjon skal vere ein tekst, ikkje { $found }
schema-sections = seksjonane er { $sections }
schema-unknown-section = ukjend seksjon `{ $section }`
schema-unknown-section-label = ukjend seksjon
schema-unknown-section-did-you-mean = meinte du `{ $suggestion }`? Seksjonane er { $sections }
schema-not-a-list = `{ $section }` skal vere ei liste med oppføringar, ikkje { $found }
schema-not-a-list-help = byrj kvar oppføring på ei eiga linje med `- ` (YAML), eller skriv kvar som ein `[[{ $section }]]`-tabell (TOML)

## Mapper i `[render]` som er utanfor planen. `$field` er `templates` eller `output`.
schema-outside-root = `{ $field } = "{ $value }"` i `[render]` peikar ut av planmappa
schema-outside-root-label = utanfor planmappa
schema-outside-root-help = { $field ->
        [output] oppgi ei mappe inne i planen, relativt til kplan.toml (til dømes `"build"`), utan `..`; for å skrive ein annan stad, bruk `kplan render -o MAPPE`
       *[templates] oppgi ei mappe inne i planen, relativt til kplan.toml (til dømes `"maler"`), utan `..`
    }

## `[checks]` i kplan.toml.
schema-checks-unknown-rule = `[checks]` nemner ein ukjend regel, `{ $rule }`
schema-checks-unknown-rule-label = ukjend regel
schema-checks-unknown-rule-did-you-mean = meinte du `{ $suggestion }`? `kplan explain` viser alle reglane
schema-checks-unknown-rule-help = `kplan explain` viser alle reglane
schema-checks-always-error = `{ $code }` kan ikkje slåast av eller setjast ned: eit identitetsnummer (fødselsnummer eller D-nummer) må aldri kome med i eit offentleg dokument
schema-checks-always-error-label = alltid ein feil
schema-checks-always-error-help = fjern `{ $code }` frå `[checks]`, og fjern heller nummeret frå planen
schema-checks-not-a-severity = `[checks]` set `{ $code }` til `{ $value }`, som ikkje er ein alvorsgrad
schema-checks-not-a-severity-label = ikkje ein alvorsgrad
