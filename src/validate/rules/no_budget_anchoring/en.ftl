# Messages of `no-budget-anchoring` in English.

no-budget-anchoring-summary = No anchoring of kind `economy-plan` or `budget`.
no-budget-anchoring = the plan is not anchored in the økonomiplan or a budget
# At the first anchoring.
no-budget-anchoring-label = no anchoring names a budget
no-budget-anchoring-help = add an anchoring of kind `economy-plan` or `budget` (e.g. Handlings- og økonomiplan 2025–2028), so the measures reach the budget
