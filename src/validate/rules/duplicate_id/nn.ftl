# Meldingane til `duplicate-id` på nynorsk.

duplicate-id-summary = To element har same id.
# `$first` er elementet som har id-en først («eit mål»), `$place` kvar det står (`goals.yaml:4`).
duplicate-id = id-en `{ $id }` er alt brukt av { $first } ({ $place })
# `$kind`: «eit tiltak».
duplicate-id-label = brukt igjen her, av { $kind }
duplicate-id-first = først brukt her, av { $kind }
duplicate-id-help = kvar id kan berre brukast éin gong i heile planen, på tvers av alle typar: gi det eine elementet ein annan id
# `$strategy` er `kind` til strategien (`mobilise`).
duplicate-id-strategy = strategien `{ $strategy }` er skildra to gonger
duplicate-id-strategy-label = skildra igjen her
duplicate-id-strategy-first = først skildra her
duplicate-id-strategy-help = `strategies` kan ha høgst éi oppføring per strategi: slå saman dei to skildringane
