# Meldingene til `adoption-missing` på bokmål.
# TODO(translate)

adoption-missing-summary = `status = "adopted"` without `[plan.adoption]` body, date and case.
