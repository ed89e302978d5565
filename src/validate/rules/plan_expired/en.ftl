# Messages of `plan-expired` in English.

plan-expired-summary = Today is after the plan period's end and the status is still adopted.
# `$end` is the last year of the period, `$today` a date.
plan-expired = the plan period ended on 31{"\u00A0"}December { $end }, but the plan is still marked as adopted (today is { $today })
plan-expired-label = `status` is `adopted`
plan-expired-period = the plan period
plan-expired-help = revise the plan for a new period (KS step 7), or set `status = "retired"` when a new plan has replaced it
