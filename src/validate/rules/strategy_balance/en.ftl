# Messages of `strategy-balance` in English.

strategy-balance-summary = No need or measure uses the strategy mobilise; the message gives the plan's cost per strategy.
# `$shares`: each strategy's share of the plan's cost, `strategy-balance-share`s joined with "and".
strategy-balance = no need or measure mobilises the competence the staff already has; the plan's cost by strategy: { $shares }
strategy-balance-no-costs = no need or measure mobilises the competence the staff already has; the plan has no costs yet
# `$strategy`: acquire, develop, mobilise or phase-out; `$percent` a whole number.
strategy-balance-share = { $strategy ->
        [acquire] acquire
        [develop] develop
        [mobilise] mobilise
       *[phase-out] phase out
    } { $percent } %
strategy-balance-label = no `mobilise`
strategy-balance-help = look first at what the employees already know and could do more of (KS step 6; Lai: mobilise before you acquire or develop): add a need or a measure with `strategy: mobilise`, e.g. specialists who guide their colleagues, or job rotation
