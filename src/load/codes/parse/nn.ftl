# Meldingane til `parse` på nynorsk.

parse-summary = Ei fil er ikkje gyldig TOML/YAML, er ikkje UTF-8 eller bryt tryggleiksgrensene til parseren.

## TOML

# Opninga `"""` av ein tekst over fleire linjer som aldri blir avslutta. `$quotes` er `"""` eller `'''`.
parse-toml-unclosed-text = teksten som byrjar med `{ $quotes }`, blir aldri avslutta
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
parse-toml-missing-value-help = skriv verdien etter `=`, og ein tekst i hermeteikn: `title = "…"`
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
