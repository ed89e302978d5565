# Messages of `evaluation-schedule-mismatch` in English.

evaluation-schedule-mismatch-summary = Two consecutive `actions` evaluations lie further apart than `action_interval_years`, or no `plan` evaluation is scheduled before the period ends.
# `$title` is the later evaluation's title, `$months` the months between the two (more than 12),
# `$previous` the earlier one's date, `$interval` the `action_interval_years`.
evaluation-schedule-mismatch-gap = the evaluation "{ $title }" comes { $months } months after the previous one ({ $previous }), but the measures are to be reviewed { $interval ->
        [one] every year
       *[other] every { $interval } years
    }
evaluation-schedule-mismatch-gap-label = { $months } months after the previous one
evaluation-schedule-mismatch-gap-related = the interval the plan promises
evaluation-schedule-mismatch-gap-help = schedule an evaluation with `scope: actions` in between, or change `action_interval_years` in `[plan.revision]` to what the plan really does
# `$end` is the last year of the plan period.
evaluation-schedule-mismatch-late = the evaluation of the whole plan, "{ $title }", is scheduled after the plan period, which ends in { $end }
evaluation-schedule-mismatch-late-label = after the period
evaluation-schedule-mismatch-none = no evaluation of the whole plan (`scope: plan`) is scheduled before the plan period ends in { $end }
# At the first scheduled evaluation.
evaluation-schedule-mismatch-none-label = none of the scheduled evaluations has `scope: plan`
evaluation-schedule-mismatch-plan-help = schedule an evaluation with `scope: plan` in { $end } or earlier, so the next plan can build on it
