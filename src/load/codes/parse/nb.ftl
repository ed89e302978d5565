# Meldingene til `parse` på bokmål.

parse-summary = En fil er ikke gyldig TOML/YAML, er ikke UTF-8, eller bryter sikkerhetsgrensene til TOML- eller YAML-leseren.

## TOML

# Åpningen `"""` av en tekst over flere linjer som aldri avsluttes. `$quotes` er `"""` eller `'''`.
parse-toml-unclosed-text = teksten som starter med `{ $quotes }` her, blir ikke avsluttet der den skal
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
parse-toml-missing-value-help = skriv verdien etter `=`; en tekst skal stå i anførselstegn: `title = "…"`
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


## YAML og filer

# En oppføring kplan ikke åpner.
parse-refused-outside = denne oppføringen er en lenke som fører ut av planmappen; kplan leser den ikke
parse-refused-outside-help = kopier det lenken peker på inn i planmappen, eller fjern lenken
parse-refused-broken = denne oppføringen er en lenke til en fil som ikke finnes; kplan leser den ikke
parse-refused-broken-help = fjern lenken, eller legg tilbake filen den peker på
parse-refused-special = denne oppføringen er { $kind ->
        [folder] en mappe
        [fifo] en FIFO (navngitt rør)
        [socket] en socket
        [device] en enhetsfil
       *[other] en spesialfil
    }, ikke en vanlig fil; kplan leser den ikke
parse-refused-special-help = bytt den ut med en vanlig fil, eller fjern den
# `$size` og `$limit` i MiB.
parse-too-large = filen er { $size } MiB, mer enn grensen på { $limit } MiB
parse-too-large-help = del planen opp i flere mindre filer
parse-not-utf8 = filen er ikke lagret som UTF-8 (her står det første tegnet kplan ikke kan lese)
parse-not-utf8-label = ikke UTF-8
parse-not-utf8-help = lagre filen som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8); Latin-1 og Windows-1252 er de vanlige årsakene, og de ødelegger æ, ø og å

# Sikkerhetsgrensene til YAML-leseren; `$limit` er grensen.
parse-yaml-limit-nodes = filen har mer enn { $limit } verdier, lister og oppføringer til sammen, grensen for én fil
parse-yaml-limit-events = filen krever mer enn { $limit } lesesteg i YAML-leseren, grensen for én fil
parse-yaml-limit-depth = lister og oppføringer er nøstet mer enn { $limit } nivåer dypt, grensen for én fil
parse-yaml-limit-depth-help = en plan trenger rundt 6 nivåer: se etter klammer som aldri lukkes
parse-yaml-limit-aliases = filen bruker mer enn { $limit } aliaser (`*navn`), grensen for én fil
parse-yaml-limit-anchor-events = ankrene (`&navn`) tar opp mer enn { $limit } hendelser, grensen for én fil
# `$detail` er YAML-leserens navn på grensen.
parse-yaml-limit-other = filen bryter en sikkerhetsgrense for YAML ({ $detail })
parse-yaml-limit-replayed = aliasene blir utvidet til mer enn { $limit } hendelser, grensen for én fil
parse-yaml-limit-expansions = et anker blir utvidet mer enn { $limit } ganger, grensen for én fil
parse-yaml-limit-alias-depth = aliasene er nøstet mer enn { $limit } nivåer dypt, grensen for én fil
parse-yaml-limit-split = del planen opp i flere filer
parse-yaml-limit-write-out = en plan trenger ikke aliaser i dette omfanget: skriv verdiene ut

# En YAML-feil kplan ikke kjenner igjen; `$detail` er YAML-leserens egen melding (engelsk).
parse-yaml = kplan klarer ikke å lese YAML-en her (YAML-leseren sier: { $detail })
parse-yaml-help = se på denne linjen og linjen over: en tekst med `: ` eller ` #` i må stå i anførselstegn, innrykk skrives med mellomrom (ikke tabulator) rett under linjene over, og alle anførselstegn og klammer må lukkes
parse-yaml-opens-label = åpnes her, men lukkes aldri
# `$text` er det som står i filen, f.eks. `-id: G1`.
parse-yaml-dash-space = det mangler et mellomrom etter `-` i `{ $text }`, så YAML leser det ikke som en oppføring i en liste
parse-yaml-dash-space-label = mellomrom mangler etter `-`
parse-yaml-dash-space-help = sett inn et mellomrom etter `-`: `{ $fixed }`
# `$quote` er `"` eller `'`.
parse-yaml-unclosed-quote = teksten som begynner med `{ $quote }` her, blir aldri avsluttet
parse-yaml-unclosed-quote-help = avslutt teksten med `{ $quote }` på samme linje: `{ $fixed }`
# `$bracket` er `[` eller `{`, `$close` den tilhørende `]` eller `}`.
parse-yaml-unclosed-bracket = klammen `{ $bracket }` her blir aldri lukket med `{ $close }`
parse-yaml-unclosed-bracket-help = lukk den med `{ $close }`: `{ $fixed }`
parse-yaml-after-quote = teksten fortsetter etter det avsluttende anførselstegnet
parse-yaml-after-quote-label = etter det avsluttende anførselstegnet
parse-yaml-after-quote-help = sett hele teksten i anførselstegn: `{ $fixed }`
parse-yaml-tab = innrykket inneholder en tabulator; YAML tillater bare mellomrom der
parse-yaml-tab-label = tabulator
parse-yaml-tab-help = bytt ut tabulatoren med mellomrom
# `$fixed` er linjen slik den skal være.
parse-yaml-tab-help-fixed = bytt ut tabulatoren med mellomrom: `{ $fixed }`
# `$text` er det som står i filen, f.eks. `title:Flere`.
parse-yaml-missing-space = det mangler et mellomrom etter kolonet i `{ $text }`, så YAML leser det som én tekst, ikke som et felt med en verdi
parse-yaml-missing-space-label = mellomrom mangler etter `:`
parse-yaml-missing-space-help = sett inn et mellomrom etter kolonet: `{ $fixed }`
# `$quote` er det typografiske anførselstegnet teksten begynner med (“, ‘, « …).
parse-yaml-curly-quotes = teksten begynner med et typografisk anførselstegn `{ $quote }`, som YAML ikke leser som et anførselstegn
parse-yaml-curly-quotes-label = ikke et anførselstegn i YAML
parse-yaml-curly-quotes-help = bruk rette anførselstegn: `{ $fixed }`
parse-yaml-curly-quotes-kept = teksten begynner med et typografisk anførselstegn `{ $quote }`, som YAML ikke leser som et anførselstegn: tegnene blir en del av teksten
parse-yaml-curly-quotes-kept-label = blir en del av teksten
parse-yaml-colon-in-text = teksten inneholder et kolon med mellomrom etter, og det leser YAML som starten på et nytt felt
parse-yaml-colon-in-text-label = YAML leser dette som et nytt felt
parse-yaml-colon-in-text-help = sett teksten i anførselstegn: `{ $fixed }`
parse-yaml-colon-in-text-continued = en linje i en tekst over flere linjer inneholder et kolon med mellomrom etter, og det leser YAML som starten på et nytt felt
parse-yaml-colon-in-text-continued-help = sett hele teksten i anførselstegn ("…"), eller skriv `|` etter kolonet til feltet og teksten på linjene under
# `$n` mellomrom; `$dir` er `deeper` (for langt til høyre) eller `shallower` (for langt til venstre);
# `$anchor` er nøkkelen (eller `- `-oppføringen) på linje `$line` som linjen skal stå rett under;
# `$key` er nøkkelen på linjen med feil innrykk.
parse-yaml-indent = linjen begynner { $n } mellomrom lenger til { $dir ->
        [deeper] høyre
       *[shallower] venstre
    } enn `{ $anchor }` på linje { $line }, så YAML kan ikke se hvor den hører til
parse-yaml-indent-label = feil innrykk
parse-yaml-indent-help = linjer som hører sammen, begynner i samme kolonne: flytt `{ $key }` { $n } mellomrom til { $dir ->
        [deeper] venstre
       *[shallower] høyre
    }, rett under `{ $anchor }`: `{ $fixed }`
