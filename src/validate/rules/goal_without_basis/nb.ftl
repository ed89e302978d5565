# Meldingene til `goal-without-basis` på bokmål.

goal-without-basis-summary = Et mål har ingen `based_on`.
# `$goal`: «mål G1».
goal-without-basis = { $goal } bygger ikke på noen føring eller forankring
goal-without-basis-label = ingen `based_on`
goal-without-basis-help = legg til `based_on: [...]` med føringene (lover, normer, planer) eller forankringsvedtakene som målet bygger på
