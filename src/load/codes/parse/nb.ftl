# Meldingene til `parse` på bokmål.

parse-summary = En fil er ikke gyldig TOML/YAML, er ikke UTF-8, eller bryter parserens sikkerhetsgrenser.

## TOML

# Åpningen `"""` av en tekst over flere linjer som aldri avsluttes. `$quotes` er `"""` eller `'''`.
parse-toml-unclosed-text = teksten som starter med `{ $quotes }`, blir aldri avsluttet
parse-toml-unclosed-text-label = åpnet her
parse-toml-unclosed-text-help = avslutt teksten med `{ $quotes }` på en egen linje etter siste linje i teksten; slik det står nå, leser kplan resten av filen som en del av teksten
# `$line`: linjen med åpningen av neste tekst, som avslutter denne i stedet.
parse-toml-unclosed-text-help-line = avslutt teksten med `{ $quotes }` på en egen linje etter siste linje i teksten; slik det står nå, leser kplan alt fram til `{ $quotes }` på linje { $line } som en del av teksten
# Avslutningen `"""` av en tekst som fortsetter etterpå. `$line`: der den fortsetter.
parse-toml-text-closed-early = teksten avsluttes her med `{ $quotes }`, men den fortsetter etterpå
parse-toml-text-closed-early-label = teksten slutter her
# `$line`: der teksten fortsetter; `$end`: linjen med `"""` lenger ned som kan avslutte den.
parse-toml-text-closed-early-help-remove = hører linje { $line } med til teksten, sletter du disse anførselstegnene, så slutter teksten ved `{ $quotes }` på linje { $end }
parse-toml-text-closed-early-help-move = hører linje { $line } med til teksten, flytter du disse anførselstegnene til etter siste linje i teksten
# Teksten fortsetter på samme linje: tre anførselstegn på rad inne i teksten.
parse-toml-text-closed-early-help-quote = tre anførselstegn på rad avslutter teksten; skriv et anførselstegn inne i teksten som `\"`
# `$quotes`: de typografiske anførselstegnene som ble funnet, for eksempel «“ ”» eller «« »».
parse-toml-curly-quotes = teksten står i typografiske anførselstegn ({ $quotes }), som TOML ikke leser som anførselstegn
parse-toml-curly-quotes-label = typografiske anførselstegn
# `$line`: linjen med rette anførselstegn.
parse-toml-curly-quotes-help = bruk rette anførselstegn: `{ $line }`
parse-toml-curly-quotes-help-plain = bruk rette anførselstegn (") rundt teksten
# Et tall eller en dato skrevet på norsk vis; hjelpen er en `habit-…`-melding.
parse-toml-not-a-number = TOML kan ikke lese `{ $value }` som et tall
parse-toml-not-a-number-label = ikke et tall
parse-toml-not-a-date = TOML kan ikke lese `{ $value }` som en dato
parse-toml-not-a-date-label = ikke en dato
parse-toml-unquoted-text = tekst må stå i anførselstegn i TOML
parse-toml-unquoted-text-label = tekst uten anførselstegn
# `$line`: linjen med teksten i anførselstegn.
parse-toml-unquoted-text-help = sett teksten i anførselstegn: `{ $line }`
parse-toml-unquoted-text-help-plain = sett teksten i anførselstegn (")
# `ja`, `nei`, `True` … der TOML vil ha `true` eller `false`. `$line`: linjen rettet.
parse-toml-yes-no = TOML skriver ja og nei som `true` og `false`, ikke `{ $value }`
parse-toml-yes-no-label = ikke true eller false
parse-toml-yes-no-help = mente du `{ $line }`?
parse-toml-duplicate-key = `{ $key }` står to ganger i samme tabell
parse-toml-duplicate-key-help = behold den ene; en ny oppføring starter med en egen `[[…]]`-linje
parse-toml-no-equals = kplan ventet `=` her: hver linje i TOML er `navn = verdi`
parse-toml-no-equals-help = hører teksten til linjen over, må hele teksten stå i anførselstegn (`"""` rundt en tekst over flere linjer)
parse-toml-missing-value = det står ingen verdi etter `=`
parse-toml-missing-value-help = skriv verdien etter `=`, og en tekst i anførselstegn: `title = "…"`
# `$close`: `]`, `}` eller `]]`.
parse-toml-unclosed-bracket = `{ $close }` mangler: listen eller tabellen blir aldri lukket
parse-toml-unclosed-bracket-help = legg til `{ $close }` etter siste verdi i listen eller tabellen
parse-toml-missing-comma = det mangler komma mellom verdiene i listen
parse-toml-missing-comma-help = skriv `,` mellom verdiene, og sett tekster i anførselstegn
parse-toml-more-on-line = det står mer på linjen etter verdien
parse-toml-more-on-line-help = skriv én `navn = verdi` per linje, og sett tekst med mellomrom i anførselstegn
parse-toml-invalid-key = et feltnavn kan bare inneholde bokstavene a–z, sifre, `-` og `_`
parse-toml-invalid-key-help = sjekk stavemåten til feltnavnet; feltene står i docs/plan-format.md
parse-toml-invalid-date = `{ $value }` er ikke en gyldig dato
parse-toml-invalid-date-help = skriv datoen som år-måned-dag, med to sifre for måned og dag: `2025-08-01`
# Alle andre syntaksfeil; `$detail` er TOML-leserens egne ord (engelsk).
parse-toml-invalid = kplan kan ikke lese TOML-en her
parse-toml-invalid-help = sjekk at linjen har formen `navn = verdi`, at tekster står i anførselstegn, og at hver `[` og `{"{"}` blir lukket (TOML-leseren sier: { $detail })
parse-toml-too-deep = verdiene er nøstet mer enn { $limit } nivåer dypt
parse-toml-too-deep-help = en planfil trenger aldri så mange nivåer med lister og tabeller inne i hverandre; gjør filen flatere
parse-toml-number-too-large = tallet `{ $value }` er for stort
parse-toml-number-too-large-help = sjekk om tallet har fått for mange sifre

## Tall i begge formatene

# Et beløp i kroner med punktum mellom tusenene, lest som et desimaltall uten feil (en indikator
# med `quantity` `amount`): `$read` er tallet som ble lest, `$meant` beløpet som var ment.
parse-amount-with-points = kplan leser `{ $value }` som { $read }, fordi punktum er desimaltegn
parse-amount-with-points-label = leses som { $read }
parse-amount-with-points-help = mente du { $meant }? Skriv `{ $fixed }`, uten punktum mellom sifrene
