# Meldingane til `no-budget-anchoring` på nynorsk.

no-budget-anchoring-summary = Inga forankring av typen `economy-plan` eller `budget`.
no-budget-anchoring = planen er ikkje forankra i økonomiplanen eller eit budsjett
# Ved den første forankringa.
no-budget-anchoring-label = inga forankring viser til eit budsjett
no-budget-anchoring-help = legg til ei forankring av typen `economy-plan` eller `budget` (til dømes Handlings- og økonomiplan 2025–2028), så tiltaka kjem med i budsjettet
