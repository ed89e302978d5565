# Meldingane til `parent-goal-not-served` på nynorsk.

parent-goal-not-served-summary = Eit mål i ein overordna plan vert bore av ingen mål i sektorplanane og har ingen eigne behov.
parent-goal-not-served = { $goal } vert ikkje bore av noko mål i { $children } og har ingen eigne behov
parent-goal-not-served-label = ingen plan under bidreg til dette målet
parent-goal-not-served-help = legg `contributes_to: [{ $reference }]` til måla i sektorplanane som skal bidra til det, eller gje det behov i denne planen
