# Meldingane til `parse` på nynorsk.

parse-summary = Ei fil er ikkje gyldig TOML/YAML, er ikkje UTF-8 eller bryt tryggleiksgrensene til TOML- eller YAML-lesaren.

## TOML

# Opninga `"""` av ein tekst over fleire linjer som aldri blir avslutta. `$quotes` er `"""` eller `'''`.
parse-toml-unclosed-text = teksten som byrjar med `{ $quotes }` her, blir ikkje avslutta der han skal
parse-toml-unclosed-text-label = opna her
parse-toml-unclosed-text-help = avslutt teksten med `{ $quotes }` på ei eiga linje etter siste linja i teksten; slik det står no, les kplan resten av fila som ein del av teksten
# `$line`: linja med opninga av neste tekst, som avsluttar denne i staden.
parse-toml-unclosed-text-help-line = avslutt teksten med `{ $quotes }` på ei eiga linje etter siste linja i teksten; slik det står no, les kplan alt fram til `{ $quotes }` på linje { $line } som ein del av teksten
# Avslutninga `"""` av ein tekst som held fram etterpå. `$line`: der han held fram.
parse-toml-text-closed-early = teksten blir avslutta her med `{ $quotes }`, men han held fram etterpå
parse-toml-text-closed-early-label = teksten sluttar her
# `$line`: der teksten held fram; `$end`: linja med `"""` lenger nede som kan avslutte han.
parse-toml-text-closed-early-help-remove = høyrer linje { $line } med til teksten, slettar du desse hermeteikna, så sluttar teksten ved `{ $quotes }` på linje { $end }
parse-toml-text-closed-early-help-move = høyrer linje { $line } med til teksten, flyttar du desse hermeteikna til etter siste linja i teksten
# Teksten held fram på same linja: tre hermeteikn på rad inne i teksten.
parse-toml-text-closed-early-help-quote = tre hermeteikn på rad avsluttar teksten; skriv eit hermeteikn inne i teksten som `\"`
# `$quotes`: dei typografiske hermeteikna som vart funne, til dømes «“ ”» eller «« »».
parse-toml-curly-quotes = teksten står i typografiske hermeteikn ({ $quotes }), som TOML ikkje les som hermeteikn
parse-toml-curly-quotes-label = typografiske hermeteikn
# `$line`: linja med rette hermeteikn.
parse-toml-curly-quotes-help = bruk rette hermeteikn: `{ $line }`
parse-toml-curly-quotes-help-plain = bruk rette hermeteikn (") rundt teksten
# Eit tal eller ein dato skrive på norsk vis; hjelpa er ei `habit-…`-melding.
parse-toml-not-a-number = TOML kan ikkje lese `{ $value }` som eit tal
parse-toml-not-a-number-label = ikkje eit tal
parse-toml-not-a-date = TOML kan ikkje lese `{ $value }` som ein dato
parse-toml-not-a-date-label = ikkje ein dato
parse-toml-unquoted-text = tekst må stå i hermeteikn i TOML
parse-toml-unquoted-text-label = tekst utan hermeteikn
# `$line`: linja med teksten i hermeteikn.
parse-toml-unquoted-text-help = set teksten i hermeteikn: `{ $line }`
parse-toml-unquoted-text-help-plain = set teksten i hermeteikn (")
# `ja`, `nei`, `True` … der TOML vil ha `true` eller `false`. `$line`: linja retta.
parse-toml-yes-no = TOML skriv ja og nei som `true` og `false`, ikkje `{ $value }`
parse-toml-yes-no-label = ikkje true eller false
parse-toml-yes-no-help = meinte du `{ $line }`?
parse-toml-duplicate-key = `{ $key }` står to gonger i same tabell
parse-toml-duplicate-key-help = behald den eine; ei ny oppføring byrjar med ei eiga `[[…]]`-linje
parse-toml-no-equals = kplan venta `=` her: kvar linje i TOML er `namn = verdi`
parse-toml-no-equals-help = høyrer teksten til linja over, må heile teksten stå i hermeteikn (`"""` rundt ein tekst over fleire linjer)
parse-toml-missing-value = det står ingen verdi etter `=`
parse-toml-missing-value-help = skriv verdien etter `=`; ein tekst skal stå i hermeteikn: `title = "…"`
# `$close`: `]`, `}` eller `]]`.
parse-toml-unclosed-bracket = `{ $close }` manglar: lista eller tabellen blir aldri lukka
parse-toml-unclosed-bracket-help = legg til `{ $close }` etter siste verdien i lista eller tabellen
parse-toml-missing-comma = det manglar komma mellom verdiane i lista
parse-toml-missing-comma-help = skriv `,` mellom verdiane, og set tekstar i hermeteikn
parse-toml-more-on-line = det står meir på linja etter verdien
parse-toml-more-on-line-help = skriv éin `namn = verdi` per linje, og set tekst med mellomrom i hermeteikn
parse-toml-invalid-key = eit feltnamn kan berre innehalde bokstavane a–z, siffer, `-` og `_`
parse-toml-invalid-key-help = sjekk stavemåten på feltnamnet; felta står i docs/plan-format.md
parse-toml-invalid-date = `{ $value }` er ikkje ein gyldig dato
parse-toml-invalid-date-help = skriv datoen som år-månad-dag, med to siffer for månad og dag: `2025-08-01`
# Alle andre syntaksfeil; `$detail` er dei eigne orda til TOML-lesaren (engelsk).
parse-toml-invalid = kplan kan ikkje lese TOML-en her
parse-toml-invalid-help = sjekk at linja har forma `namn = verdi`, at tekstar står i hermeteikn, og at kvar `[` og `{"{"}` blir lukka (TOML-lesaren seier: { $detail })
parse-toml-too-deep = verdiane er nøsta meir enn { $limit } nivå djupt
parse-toml-too-deep-help = ei planfil treng aldri så mange nivå med lister og tabellar inni kvarandre; gjer fila flatare
parse-toml-number-too-large = talet `{ $value }` er for stort
parse-toml-number-too-large-help = sjekk om talet har fått for mange siffer

## Tal i begge formata

# Eit beløp i kroner med punktum mellom tusena, lese som eit desimaltal utan feil (ein indikator
# med `quantity` `amount`): `$read` er talet som vart lese, `$meant` beløpet som var meint.
parse-amount-with-points = kplan les `{ $value }` som { $read }, fordi punktum er desimalteikn
parse-amount-with-points-label = kplan les dette som { $read }
parse-amount-with-points-help = meinte du { $meant }? Skriv `{ $fixed }`, utan punktum mellom sifra


## YAML og filer

# Ei oppføring kplan ikkje opnar.
parse-refused-outside = denne oppføringa er ei lenkje som fører ut av planmappa; kplan les henne ikkje
parse-refused-outside-help = kopier det lenkja peikar på inn i planmappa, eller fjern lenkja
parse-refused-broken = denne oppføringa er ei lenkje til ei fil som ikkje finst; kplan les henne ikkje
parse-refused-broken-help = fjern lenkja, eller legg tilbake fila ho peikar på
parse-refused-special = denne oppføringa er { $kind ->
        [folder] ei mappe
        [fifo] ein FIFO (namngitt røyr)
        [socket] ein socket
        [device] ei einingsfil
       *[other] ei spesialfil
    }, ikkje ei vanleg fil; kplan les henne ikkje
parse-refused-special-help = byt henne ut med ei vanleg fil, eller fjern henne
# `$size` og `$limit` i MiB.
parse-too-large = fila er { $size } MiB, meir enn grensa på { $limit } MiB
parse-too-large-help = del planen opp i fleire mindre filer
parse-not-utf8 = fila er ikkje lagra som UTF-8 (her står det første teiknet kplan ikkje kan lese)
parse-not-utf8-label = ikkje UTF-8
parse-not-utf8-help = lagre fila som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8); Latin-1 og Windows-1252 er dei vanlege årsakene, og dei øydelegg æ, ø og å

# Tryggleiksgrensene til YAML-lesaren; `$limit` er grensa.
parse-yaml-limit-nodes = fila har meir enn { $limit } verdiar, lister og oppføringar til saman, grensa for éi fil
parse-yaml-limit-events = fila krev meir enn { $limit } lesesteg i YAML-lesaren, grensa for éi fil
parse-yaml-limit-depth = lister og oppføringar er nøsta meir enn { $limit } nivå djupt, grensa for éi fil
parse-yaml-limit-depth-help = ein plan treng rundt 6 nivå: sjå etter klammer som aldri blir lukka
parse-yaml-limit-aliases = fila brukar meir enn { $limit } alias (`*namn`), grensa for éi fil
parse-yaml-limit-anchor-events = anker (`&namn`) tar opp meir enn { $limit } hendingar, grensa for éi fil
# `$detail` er namnet YAML-lesaren gir grensa.
parse-yaml-limit-other = fila bryt ei tryggleiksgrense for YAML ({ $detail })
parse-yaml-limit-replayed = aliasa blir utvida til meir enn { $limit } hendingar, grensa for éi fil
parse-yaml-limit-expansions = eit anker blir utvida meir enn { $limit } gonger, grensa for éi fil
parse-yaml-limit-alias-depth = aliasa er nøsta meir enn { $limit } nivå djupt, grensa for éi fil
parse-yaml-limit-split = del planen opp i fleire filer
parse-yaml-limit-write-out = ein plan treng ikkje alias i dette omfanget: skriv verdiane ut

# Ein YAML-feil kplan ikkje kjenner att; `$detail` er den eigne meldinga til YAML-lesaren (engelsk).
parse-yaml = kplan klarer ikkje å lese YAML-en her (YAML-lesaren seier: { $detail })
parse-yaml-help = sjå på denne linja og linja over: ein tekst med `: ` eller ` #` i må stå i hermeteikn, innrykk skriv du med mellomrom (ikkje tabulator) rett under linjene over, og alle hermeteikn og klammer må lukkast
parse-yaml-opens-label = blir opna her, men aldri lukka
# `$text` er det som står i fila, t.d. `-id: G1`.
parse-yaml-dash-space = det manglar eit mellomrom etter `-` i `{ $text }`, så YAML les det ikkje som ei oppføring i ei liste
parse-yaml-dash-space-label = mellomrom manglar etter `-`
parse-yaml-dash-space-help = set inn eit mellomrom etter `-`: `{ $fixed }`
# `$quote` er `"` eller `'`.
parse-yaml-unclosed-quote = teksten som byrjar med `{ $quote }` her, blir aldri avslutta
parse-yaml-unclosed-quote-help = avslutt teksten med `{ $quote }` på same linja: `{ $fixed }`
# `$bracket` er `[` eller `{`, `$close` den tilhøyrande `]` eller `}`.
parse-yaml-unclosed-bracket = klammen `{ $bracket }` her blir aldri lukka med `{ $close }`
parse-yaml-unclosed-bracket-help = lukk han med `{ $close }`: `{ $fixed }`
parse-yaml-after-quote = teksten held fram etter det avsluttande hermeteiknet
parse-yaml-after-quote-label = etter det avsluttande hermeteiknet
parse-yaml-after-quote-help = set heile teksten i hermeteikn: `{ $fixed }`
parse-yaml-tab = innrykket inneheld ein tabulator; YAML tillèt berre mellomrom der
parse-yaml-tab-label = tabulator
parse-yaml-tab-help = byt ut tabulatoren med mellomrom
# `$fixed` er linja slik ho skal vere.
parse-yaml-tab-help-fixed = byt ut tabulatoren med mellomrom: `{ $fixed }`
# `$text` er det som står i fila, t.d. `title:Flere`.
parse-yaml-missing-space = det manglar eit mellomrom etter kolonet i `{ $text }`, så YAML les det som éin tekst, ikkje som eit felt med ein verdi
parse-yaml-missing-space-label = mellomrom manglar etter `:`
parse-yaml-missing-space-help = set inn eit mellomrom etter kolonet: `{ $fixed }`
# `$quote` er det typografiske hermeteiknet teksten byrjar med (“, ‘, « …).
parse-yaml-curly-quotes = teksten byrjar med eit typografisk hermeteikn `{ $quote }`, som YAML ikkje les som eit hermeteikn
parse-yaml-curly-quotes-label = ikkje eit hermeteikn i YAML
parse-yaml-curly-quotes-help = bruk rette hermeteikn: `{ $fixed }`
parse-yaml-curly-quotes-kept = teksten byrjar med eit typografisk hermeteikn `{ $quote }`, som YAML ikkje les som eit hermeteikn: teikna blir ein del av teksten
parse-yaml-curly-quotes-kept-label = blir ein del av teksten
parse-yaml-colon-in-text = teksten inneheld eit kolon med mellomrom etter, og det les YAML som starten på eit nytt felt
parse-yaml-colon-in-text-label = YAML les dette som eit nytt felt
parse-yaml-colon-in-text-help = set teksten i hermeteikn: `{ $fixed }`
parse-yaml-colon-in-text-continued = ei linje i ein tekst over fleire linjer inneheld eit kolon med mellomrom etter, og det les YAML som starten på eit nytt felt
parse-yaml-colon-in-text-continued-help = set heile teksten i hermeteikn ("…"), eller skriv `|` etter kolonet til feltet og teksten på linjene under
# `$n` mellomrom; `$dir` er `deeper` (for langt til høgre) eller `shallower` (for langt til venstre);
# `$anchor` er nøkkelen (eller `- `-oppføringa) på linje `$line` som linja skal stå rett under;
# `$key` er nøkkelen på linja med feil innrykk.
parse-yaml-indent = linja byrjar { $n } mellomrom lenger til { $dir ->
        [deeper] høgre
       *[shallower] venstre
    } enn `{ $anchor }` på linje { $line }, så YAML kan ikkje sjå kvar ho høyrer til
parse-yaml-indent-label = feil innrykk
parse-yaml-indent-help = linjer som høyrer saman, byrjar i same kolonne: flytt `{ $key }` { $n } mellomrom til { $dir ->
        [deeper] venstre
       *[shallower] høgre
    }, rett under `{ $anchor }`: `{ $fixed }`
