# Messages of `adoption-missing` in English.

adoption-missing-summary = `status = "adopted"` without `[plan.adoption]` body, date and case.
adoption-missing-no-table = the plan is marked as adopted, but `kplan.toml` has no `[plan.adoption]` saying who adopted it, when and in which case
# `$fields`: the missing fields, each an `adoption-missing-field`, joined with "and".
adoption-missing = the plan is marked as adopted, but `[plan.adoption]` lacks { $fields }
adoption-missing-field = { $field ->
        [body] `body` (who adopted it)
        [date] `date` (the date of the decision)
       *[case] `case` (the case number)
    }
adoption-missing-label = `status` is `adopted`
adoption-missing-related = the adoption
adoption-missing-help-add = add `[plan.adoption]` with `body = "Kommunestyret"`, `date = 2025-06-19` and `case = "PS 45/25"` (as the decision reads), or set `status` to `draft` or `consultation`
adoption-missing-help = fill in `[plan.adoption]` with `body = "Kommunestyret"`, `date = 2025-06-19` and `case = "PS 45/25"` (as the decision reads), or set `status` to `draft` or `consultation`
