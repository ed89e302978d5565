# Meldingene til `goal-without-indicator` på bokmål.

goal-without-indicator-summary = Et mål har ingen indikator.
# `$goal`: «mål G1».
goal-without-indicator = { $goal } har ingen indikator
goal-without-indicator-label = hvordan skal dette måles?
goal-without-indicator-help = legg til `indicators: [I1]` med en indikator som har utgangspunkt og målverdi (`baseline` og `target`, steg 7)
