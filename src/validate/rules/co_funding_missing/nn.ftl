# Meldingane til `co-funding-missing` på nynorsk.

co-funding-missing-summary = Eit tiltak har i eitt år mindre kostnad frå eige budsjett enn eigendelen som tilskota krev (`match_percent`).
# `$measure` er «tiltak T1», `$own` og `$required` beløp, `$shares` kjeldene som krev eigendel,
# kvar eit `co-funding-missing-share`, bundne saman med «og».
co-funding-missing = { $measure } har { $own } i kostnader frå eige budsjett i { $year }, mindre enn eigendelen på { $required } ({ $shares })
# «30 % av 150 000 kroner frå Kompetanse- og tjenesteutviklingstilskuddet».
co-funding-missing-share = { $percent }{"\u00A0"}% av { $grant } frå { $source }
co-funding-missing-label = krev eigendel
# `$missing` er beløpet som manglar.
co-funding-missing-help = legg til ein kostnad på minst { $missing } i { $year } frå ei finansieringskjelde av typen `own-budget` (eigendelen kan vere løn eller frikjøpt tid for dei tilsette som deltek: før han opp som ein slik kostnad)
