# Meldingene til `negative-gap` på bokmål.

negative-gap-summary = `required` er lavere enn `current` for et behov der strategien er å anskaffe eller utvikle.
# `$need`: «behov B3»; `$required`, `$current`: tallene; `$strategy`: en `strategy-value`.
negative-gap = { $need } krever { $required }, men har allerede { $current }, og likevel er strategien { $strategy }
negative-gap-label = `required` er lavere enn `current`
negative-gap-current = `current` er høyere
negative-gap-help = sjekk `current` og `required` – har de byttet plass? Blir behovet mindre, er strategien trolig `mobilise` (mobilisere) eller `phase-out` (avvikle)
