# Messages of `indicator-direction` in English.

indicator-direction-summary = An indicator's target lies against its `direction`, or its target year or a measurement is from before its baseline year.
# `$indicator` is "indicator I1", `$direction` is `increase` or `decrease`, `$target` and
# `$baseline` the two values.
indicator-direction = { $direction ->
        [increase] { $indicator } should increase (`direction: increase`), but its target { $target } is below its baseline { $baseline }
       *[other] { $indicator } should decrease (`direction: decrease`), but its target { $target } is above its baseline { $baseline }
    }
indicator-direction-label = target
indicator-direction-baseline = baseline
indicator-direction-direction = direction
indicator-direction-help = correct the `direction`, or the target or baseline value
# `$year` is the target year, `$baseline` the baseline year.
indicator-direction-target-year = { $indicator } has its target in { $year }, before its baseline year { $baseline }
indicator-direction-target-year-help = the target is where the indicator should be later: correct the target year or the baseline year
# `$year` is the measurement's year, `$baseline` the baseline year.
indicator-direction-measurement = { $indicator } has a measurement for { $year }, before its baseline year { $baseline }
indicator-direction-measurement-help = the baseline is the earliest figure: make the earliest measurement the `baseline`, or correct the year
indicator-direction-before-label = before the baseline
indicator-direction-baseline-year = baseline year
