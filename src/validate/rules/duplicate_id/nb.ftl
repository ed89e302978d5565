# Meldingene til `duplicate-id` på bokmål.

duplicate-id-summary = To elementer har samme id.
# `$first` er elementet som har id-en først («et mål»), `$place` hvor det står (`goals.yaml:4`).
duplicate-id = id-en `{ $id }` er allerede brukt av { $first } ({ $place })
# `$kind`: «et tiltak».
duplicate-id-label = brukt igjen her, av { $kind }
duplicate-id-first = først brukt her, av { $kind }
duplicate-id-help = hver id kan bare brukes én gang i hele planen, på tvers av alle typer: gi det ene elementet en annen id
# `$strategy` er strategiens `kind` (`mobilise`).
duplicate-id-strategy = strategien `{ $strategy }` er beskrevet to ganger
duplicate-id-strategy-label = beskrevet igjen her
duplicate-id-strategy-first = først beskrevet her
duplicate-id-strategy-help = `strategies` kan ha høyst én oppføring per strategi: slå sammen de to beskrivelsene
