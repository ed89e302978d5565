# Meldingene til `indicator-not-measured` på bokmål.

indicator-not-measured-summary = Et år i planperioden etter utgangspunktet for en indikator, eller målåret, er omme uten noen måling.
# `$indicator` er «indikator I1», `$years` årene uten måling («2025 og 2026», hvert et
# `indicator-not-measured-year`), `$baseline` året for utgangspunktet.
indicator-not-measured = { $indicator } har ingen måling for { $years }, etter året for utgangspunktet ({ $baseline })
indicator-not-measured-year = { $year }
indicator-not-measured-label = ikke målt
indicator-not-measured-baseline-year = året for utgangspunktet
indicator-not-measured-help = før opp tallet for hvert år som er omme, i `measurements` (dagens dato er { $today })
# `$year` er målåret.
indicator-not-measured-target = målåret { $year } for { $indicator } er omme uten noen måling
indicator-not-measured-target-year = målåret
indicator-not-measured-target-help = før opp tallet for målåret i `measurements`: det viser om målet ble nådd
