# Meldingene til `invalid-period` på bokmål.

invalid-period-summary = Starten på planperioden eller et tiltak ligger etter slutten.
# `$start`, `$end`: årstall.
invalid-period-plan = planperioden starter i { $start }, men slutter i { $end }
invalid-period-plan-help = bytt om de to årstallene, eller rett det som er feil: perioden skrives `{"{"} start = 2025, end = 2028 {"}"}`, der `start` ikke er senere enn `end`
# `$measure`: «tiltak T1»; `$start`, `$end`: datoer.
invalid-period-measure = { $measure } starter { $start }, men slutter { $end }
invalid-period-measure-help = bytt om `start` og `end`, eller rett den som er feil
# Merkelappene ved start og slutt.
invalid-period-start = start
invalid-period-end = slutt
