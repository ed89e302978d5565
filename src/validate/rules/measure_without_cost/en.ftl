# Messages of `measure-without-cost` in English.

measure-without-cost-summary = A measure has no `costs`.
# `$measure`: "measure T1".
measure-without-cost = { $measure } has no costs
measure-without-cost-label = not in the budget
measure-without-cost-help = add `costs` per year with `amount`, `funding` and `status`, so the measure can enter the budget and økonomiplan; a measure that costs nothing extra may give `amount: 0`
