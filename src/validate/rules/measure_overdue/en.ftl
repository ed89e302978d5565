# Messages of `measure-overdue` in English.

measure-overdue-summary = Today is past a measure's `end` and its status is still planned or ongoing.
# `$measure` is "measure T1", `$end` a date, `$status` is `planned` or `ongoing`.
measure-overdue = { $status ->
        [planned] { $measure } was to end on { $end }, but is still marked as planned
       *[other] { $measure } was to end on { $end }, but is still marked as ongoing
    }
measure-overdue-label = status not updated
measure-overdue-end = end date
measure-overdue-help = set `status` to `completed`, `postponed` or `cancelled`, or give the measure a new `end` (today is { $today })
