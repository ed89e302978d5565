# Meldingane til `invalid-period` på nynorsk.

invalid-period-summary = Starten på planperioden eller eit tiltak ligg etter slutten.
# `$start`, `$end`: årstal.
invalid-period-plan = planperioden startar i { $start }, men sluttar i { $end }
invalid-period-plan-help = byt om dei to årstala, eller rett det som er feil: perioden blir skriven `{"{"} start = 2025, end = 2028 {"}"}`, der `start` ikkje er seinare enn `end`
# `$measure`: «tiltak T1»; `$start`, `$end`: datoar.
invalid-period-measure = { $measure } startar { $start }, men sluttar { $end }
invalid-period-measure-help = byt om `start` og `end`, eller rett den som er feil
# Merkelappane ved start og slutt.
invalid-period-start = start
invalid-period-end = slutt
