# Messages of `indicator-incomplete` in English.

indicator-incomplete-summary = An indicator has no baseline or no target.
# `$indicator`: "indicator I1"; `$missing`: baseline, target or both.
indicator-incomplete = { $indicator } has { $missing ->
        [baseline] no baseline
        [target] no target
       *[both] no baseline and no target
    }
indicator-incomplete-label = incomplete
indicator-incomplete-help = { $missing ->
        [baseline] add where it starts, e.g. { "`baseline: { year: 2024, value: 68 }`" }, so progress can be judged
        [target] add the value to reach, e.g. { "`target: { year: 2028, value: 80 }`" }, so progress can be judged
       *[both] add { "`baseline: { year: 2024, value: 68 }`" } and { "`target: { year: 2028, value: 80 }`" } so progress can be judged
    }
