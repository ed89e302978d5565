# Meldingane til `negative-gap` på nynorsk.

negative-gap-summary = `required` er lågare enn `current` for eit behov der strategien er å skaffe eller utvikle.
# `$need`: «behov B3»; `$required`, `$current`: tala; `$strategy`: ein `strategy-value`.
negative-gap = { $need } krev { $required }, men har alt { $current }, og likevel er strategien { $strategy }
negative-gap-label = `required` er lågare enn `current`
negative-gap-current = `current` er høgare
negative-gap-help = sjå over `current` og `required` – har dei bytt plass? Blir behovet mindre, er strategien truleg `mobilise` (mobilisere) eller `phase-out` (avvikle)
