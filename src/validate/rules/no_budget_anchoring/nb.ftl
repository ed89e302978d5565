# Meldingene til `no-budget-anchoring` på bokmål.
# TODO(translate)

no-budget-anchoring-summary = No anchoring of kind `economy-plan` or `budget`.
