# Messages of `outside-period` in English.

outside-period-summary = A measure's dates, a cost year, a need's `by` or an indicator target year fall outside the plan period.
# Every message ends with the plan period, from `$first` to `$last` (years). `$measure`: "measure
# T1"; `$field`: `start` or `end`; `$date`: a date.
outside-period-measure-date = { $measure } { $field ->
        [start] starts
       *[other] ends
    } { $date }, outside the plan period { $first }–{ $last }
# `$year`: the year of the cost.
outside-period-cost = { $measure } has a cost in { $year }, outside the plan period { $first }–{ $last }
# `$need`: "need B1"; `$year`: its `by`.
outside-period-need = { $need } is to be met by { $year }, outside the plan period { $first }–{ $last }
# `$indicator`: "indicator I1"; `$year`: its target year.
outside-period-indicator = the target year { $year } of { $indicator } is outside the plan period { $first }–{ $last }
outside-period-label = outside the period
outside-period-help = move it into { $first }–{ $last }, or widen the plan period (`period` in `kplan.toml`)
