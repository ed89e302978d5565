# Meldingene til `co-funding-missing` på bokmål.

co-funding-missing-summary = Et tiltak har i et år mindre kostnad fra eget budsjett enn egenandelen som tilskuddene krever (`match_percent`).
# `$measure` er «tiltak T1», `$own` og `$required` beløp, `$shares` kildene som krever egenandel,
# hver et `co-funding-missing-share`, bundet sammen med «og».
co-funding-missing = { $measure } har { $own } i kostnader fra eget budsjett i { $year }, mindre enn egenandelen på { $required } ({ $shares })
# «30 % av 150 000 kroner fra Kompetanse- og tjenesteutviklingstilskuddet».
co-funding-missing-share = { $percent }{"\u00A0"}% av { $grant } fra { $source }
co-funding-missing-label = krever egenandel
# `$missing` er beløpet som mangler.
co-funding-missing-help = legg til en kostnad på minst { $missing } i { $year } fra en finansieringskilde av typen `own-budget` (egenandelen kan være lønn eller frikjøpt tid for de ansatte som deltar: før den opp som en slik kostnad)
