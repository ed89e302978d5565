# Messages of `adoption-missing` in English.

adoption-missing-summary = `status = "adopted"` without `[plan.adoption]` body, date and case.
