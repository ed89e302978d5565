# Meldingene til `example-text` på bokmål.

example-text-summary = En planfil har fortsatt eksempeltekst fra malen til `kplan init` (et råd mens planen er et utkast, en feil når den er på høring eller vedtatt).
# `$file`: filen; `$count`: tekstene i den som begynner med `$marker` (`EKSEMPEL:`).
example-text = { $file } har fortsatt eksempeltekst fra `kplan init`: { $count ->
        [one] { $count } sted
       *[other] { $count } steder
    } merket `{ $marker }`
example-text-label = eksempeltekst
example-text-help = bytt ut hver tekst merket `{ $marker }` med planens egen tekst, eller slett den (søk etter `{ $marker }` i filen)
