# Meldingane til `no-budget-anchoring` på nynorsk.
# TODO(translate)

no-budget-anchoring-summary = No anchoring of kind `economy-plan` or `budget`.
