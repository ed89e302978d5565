# Meldingane til `goal-without-basis` på nynorsk.

goal-without-basis-summary = Eit mål har ingen `based_on`.
# `$goal`: «mål G1».
goal-without-basis = { $goal } byggjer ikkje på nokon føring eller forankring
goal-without-basis-label = ingen `based_on`
goal-without-basis-help = legg til `based_on: [...]` med føringane (lover, normer, planar) eller forankringsvedtaka som målet byggjer på
