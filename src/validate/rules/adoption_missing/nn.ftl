# Meldingane til `adoption-missing` på nynorsk.
# TODO(translate)

adoption-missing-summary = `status = "adopted"` without `[plan.adoption]` body, date and case.
