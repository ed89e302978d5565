# Messages of `not-adopted` in English.

not-adopted-summary = The plan period has started (today is on or after 1 January of `period.start`) and the status is still draft or consultation.
# `$status` is `draft` or `consultation`, `$start` the first year of the period, `$today` a date.
not-adopted = { $status ->
        [draft] the plan period began on 1{"\u00A0"}January { $start }, but the plan is still a draft (today is { $today })
       *[other] the plan period began on 1{"\u00A0"}January { $start }, but the plan is still out for consultation (today is { $today })
    }
not-adopted-label = `status` is `{ $status }`
not-adopted-period = the plan period
not-adopted-help = have the plan adopted and set `status = "adopted"` with `[plan.adoption]`, or move the period to the years the plan will actually cover
