# Meldingene til `no-budget-anchoring` på bokmål.

no-budget-anchoring-summary = Ingen forankring av typen `economy-plan` eller `budget`.
no-budget-anchoring = planen er ikke forankret i økonomiplanen eller et budsjett
# Ved den første forankringen.
no-budget-anchoring-label = ingen forankring viser til et budsjett
no-budget-anchoring-help = legg til en forankring av typen `economy-plan` eller `budget` (for eksempel Handlings- og økonomiplan 2025–2028), så tiltakene kommer med i budsjettet
