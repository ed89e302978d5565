# Meldingene til `manifest` på bokmål.

manifest-summary = Ingen `kplan.toml` i rotmappen til planen, eller en seksjon som bare skal stå én gang, står flere steder.
# `$folder`: mappen kplan ble startet i.
manifest-missing = fant ingen kplan.toml i { $folder } eller i mappene over
manifest-missing-help = kjør kplan i en planmappe, eller lag en ny plan med `kplan init`
manifest-empty = kplan.toml er tom
manifest-empty-help = begynn filen med tabellen `[plan]` med `title`, `municipality`, `scope`, `period` og `status`, eller lag en ny plan med `kplan init`
# `$section`: `organisation`, `competence` eller `evaluation`; `$path`: filen den står i først.
manifest-singleton-twice = `{ $section }` står mer enn én gang (først i { $path })
manifest-singleton-twice-label = her står seksjonen igjen
manifest-singleton-twice-related = her står seksjonen først
manifest-singleton-twice-help = en plan har bare én `{ $section }`: behold den ene, og flytt det den andre inneholder dit
