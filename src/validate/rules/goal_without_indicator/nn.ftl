# Meldingane til `goal-without-indicator` på nynorsk.

goal-without-indicator-summary = Eit mål har ingen indikator.
# `$goal`: «mål G1».
goal-without-indicator = { $goal } har ingen indikator
goal-without-indicator-label = korleis skal dette målast?
goal-without-indicator-help = legg til `indicators: [I1]` med ein indikator som har utgangspunkt og målverdi (`baseline` og `target`, steg 7)
