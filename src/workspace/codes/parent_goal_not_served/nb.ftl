# Meldingene til `parent-goal-not-served` på bokmål.

parent-goal-not-served-summary = Et mål i en overordnet plan bæres av ingen mål i sektorplanene og har ingen egne behov.
parent-goal-not-served = { $goal } bæres ikke av noe mål i { $children } og har ingen egne behov
parent-goal-not-served-label = ingen plan under bidrar til dette målet
parent-goal-not-served-help = legg `contributes_to: [{ $reference }]` til målene i sektorplanene som skal bidra til det, eller gi det behov i denne planen
