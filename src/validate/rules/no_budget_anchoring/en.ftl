# Messages of `no-budget-anchoring` in English.

no-budget-anchoring-summary = No anchoring of kind `economy-plan` or `budget`.
