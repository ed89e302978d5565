# Meldingane til `parse` på nynorsk.

parse-summary = Ei fil er ikkje gyldig TOML/YAML, er ikkje lagra som UTF-8, eller bryt tryggleiksgrensene til parseren.

## YAML and files

# Ei oppføring kplan ikkje opnar.
parse-refused-outside = denne oppføringa er ei lenkje som fører ut av planmappa; kplan les ho ikkje
parse-refused-outside-help = kopier det lenkja peikar på inn i planmappa, eller fjern lenkja
parse-refused-broken = denne oppføringa er ei lenkje til ei fil som ikkje finst; kplan les ho ikkje
parse-refused-broken-help = fjern lenkja, eller legg tilbake fila ho peikar på
parse-refused-special = denne oppføringa er { $kind ->
        [folder] ei mappe
        [fifo] ein FIFO (namngjeve røyr)
        [socket] ein socket
        [device] ei einingsfil
       *[other] ei spesialfil
    }, ikkje ei vanleg fil; kplan les ho ikkje
parse-refused-special-help = byt ho ut med ei vanleg fil, eller fjern ho
# `$size` og `$limit` i MiB.
parse-too-large = fila er { $size } MiB, meir enn grensa på { $limit } MiB
parse-too-large-help = del planen opp i fleire mindre filer
parse-not-utf8 = fila er ikkje lagra som UTF-8 (her står det første teiknet kplan ikkje kan lese)
parse-not-utf8-label = ikkje UTF-8
parse-not-utf8-help = lagre fila som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8); Latin-1 og Windows-1252 er dei vanlege årsakene, og dei øydelegg æ, ø og å

# Tryggleiksgrensene til YAML-parseren; `$limit` er grensa.
parse-yaml-limit-nodes = fila har meir enn { $limit } nodar (verdiar, lister og oppføringar), grensa for éi fil
parse-yaml-limit-events = fila krev meir enn { $limit } parserhendingar, grensa for éi fil
parse-yaml-limit-depth = lister og oppføringar er nøsta meir enn { $limit } nivå djupt, grensa for éi fil
parse-yaml-limit-depth-help = ein plan treng rundt 6 nivå: sjå etter klammer som aldri blir lukka
parse-yaml-limit-aliases = fila bruker meir enn { $limit } alias (`*namn`), grensa for éi fil
parse-yaml-limit-anchor-events = anker (`&namn`) tek opp meir enn { $limit } hendingar, grensa for éi fil
# `$detail` er namnet parseren gjev grensa.
parse-yaml-limit-other = fila bryt ei tryggleiksgrense for YAML ({ $detail })
parse-yaml-limit-replayed = aliasa blir utvida til meir enn { $limit } hendingar, grensa for éi fil
parse-yaml-limit-expansions = eit anker blir utvida meir enn { $limit } gonger, grensa for éi fil
parse-yaml-limit-alias-depth = aliasa er nøsta meir enn { $limit } nivå djupt, grensa for éi fil
parse-yaml-limit-split = del planen opp i fleire filer
parse-yaml-limit-write-out = ein plan treng ikkje alias i dette omfanget: skriv verdiane ut

# Ein YAML-feil kplan ikkje kjenner att; `$detail` er den eigne meldinga til parseren (engelsk).
parse-yaml = kplan klarer ikkje å lese YAML-en her (parseren seier: { $detail })
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
