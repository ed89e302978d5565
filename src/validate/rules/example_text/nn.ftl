# Meldingane til `example-text` på nynorsk.

example-text-summary = Ei planfil har framleis dømetekst frå malen til `kplan init` (eit råd medan planen er eit utkast, ein feil når han er på høyring eller vedteken).
# `$file`: fila; `$count`: tekstane i henne som byrjar med `$marker` (`EKSEMPEL:`).
example-text = { $file } har framleis dømetekst frå `kplan init`: { $count ->
        [one] { $count } stad
       *[other] { $count } stader
    } merkt `{ $marker }`
example-text-label = dømetekst
example-text-help = byt ut kvar tekst merkt `{ $marker }` med planen sin eigen tekst, eller slett han (søk etter `{ $marker }` i fila)
