# Messages of `grant-status-implausible` in English.

grant-status-implausible-summary = A state-grant cost is `granted` for a year after today's year, `applied` more than one year ahead, or still `applied` or `to-apply` for a past year.
# `$measure` is "measure T1", `$source` the funding source's name, `$year` the cost's year,
# `$current` the current year.
grant-status-implausible-granted = a cost of { $measure } from { $source } is `granted` for { $year }, after the current year ({ $current })
grant-status-implausible-granted-help = the state grants its schemes one year at a time: write `applied` once the application is sent, `to-apply` before
grant-status-implausible-applied = a cost of { $measure } from { $source } is `applied` for { $year }, more than a year after the current year ({ $current })
grant-status-implausible-applied-help = applications are sent for the coming year at most: write `to-apply` for the years after
# `$status` is `applied` or `to-apply`.
grant-status-implausible-past = { $status ->
        [applied] a cost of { $measure } from { $source } is still `applied` for { $year }, a year that has ended (the current year is { $current })
       *[other] a cost of { $measure } from { $source } is still `to-apply` for { $year }, a year that has ended (the current year is { $current })
    }
grant-status-implausible-past-help = a grant for a past year was either given or refused: write `granted` or `rejected`
grant-status-implausible-past-label = no longer open
grant-status-implausible-future-label = not yet possible
