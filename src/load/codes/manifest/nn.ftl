# Meldingane til `manifest` på nynorsk.

manifest-summary = Ingen `kplan.toml` i rotmappa til planen, eller ein seksjon som berre skal stå éin gong, står fleire stader.
# `$folder`: mappa kplan vart starta i.
manifest-missing = fann ingen kplan.toml i { $folder } eller i mappene over
manifest-missing-help = køyr kplan i ei planmappe, eller lag ein ny plan med `kplan init`
manifest-empty = kplan.toml er tom
manifest-empty-help = byrj fila med tabellen `[plan]` med `title`, `municipality`, `scope`, `period` og `status`, eller lag ein ny plan med `kplan init`
# `$section`: `organisation`, `competence` eller `evaluation`; `$path`: fila han står i først.
manifest-singleton-twice = `{ $section }` står meir enn éin gong (først i { $path })
manifest-singleton-twice-label = her står seksjonen igjen
manifest-singleton-twice-related = her står seksjonen først
manifest-singleton-twice-help = ein plan har berre éin `{ $section }`: behald den eine, og flytt det den andre inneheld dit
