# Messages of `invalid-period` in English.

invalid-period-summary = The plan period, or a measure, starts after it ends.
# `$start`, `$end`: years.
invalid-period-plan = the plan period starts in { $start } but ends in { $end }
invalid-period-plan-help = swap the two years, or correct the wrong one: the period is written `{"{"} start = 2025, end = 2028 {"}"}`, with `start` no later than `end`
# `$measure`: "measure T1"; `$start`, `$end`: dates.
invalid-period-measure = { $measure } starts { $start } but ends { $end }
invalid-period-measure-help = swap `start` and `end`, or correct the wrong one
# Labels at the start and at the end.
invalid-period-start = start
invalid-period-end = end
