# Meldingane til `indicator-not-measured` på nynorsk.

indicator-not-measured-summary = Eit år i planperioden etter utgangspunktet for ein indikator, eller målåret, er omme utan noka måling.
# `$indicator` er «indikator I1», `$years` åra utan måling («2025 og 2026», kvart eit
# `indicator-not-measured-year`), `$baseline` året for utgangspunktet.
indicator-not-measured = { $indicator } har inga måling for { $years }, etter året for utgangspunktet ({ $baseline })
indicator-not-measured-year = { $year }
indicator-not-measured-label = ikkje målt
indicator-not-measured-baseline-year = året for utgangspunktet
indicator-not-measured-help = før opp talet for kvart år som er omme, i `measurements` (dagens dato er { $today })
# `$year` er målåret.
indicator-not-measured-target = målåret { $year } for { $indicator } er omme utan noka måling
indicator-not-measured-target-year = målåret
indicator-not-measured-target-help = før opp talet for målåret i `measurements`: det viser om målet vart nådd
