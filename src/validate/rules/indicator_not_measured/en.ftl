# Messages of `indicator-not-measured` in English.

indicator-not-measured-summary = A year of the plan period after an indicator's baseline, or its target year, has passed with no measurement.
# `$indicator` is "indicator I1", `$years` the years without a measurement ("2025 and 2026", each
# an `indicator-not-measured-year`), `$baseline` the baseline year.
indicator-not-measured = { $indicator } has no measurement for { $years }, after its baseline year { $baseline }
indicator-not-measured-year = { $year }
indicator-not-measured-label = not measured
indicator-not-measured-baseline-year = baseline year
indicator-not-measured-help = add the figure of each year that has passed to `measurements` (today is { $today })
# `$year` is the target year.
indicator-not-measured-target = the target year { $year } of { $indicator } has passed with no measurement in it
indicator-not-measured-target-year = target year
indicator-not-measured-target-help = add the figure of the target year to `measurements`: it shows whether the goal was reached
