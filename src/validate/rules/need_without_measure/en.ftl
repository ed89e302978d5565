# Messages of `need-without-measure` in English.

need-without-measure-summary = No measure names the need (an uncovered gap).
# `$need`: "need B2".
need-without-measure = { $need } is named by no measure
need-without-measure-label = uncovered gap
need-without-measure-help = add `{ $id }` to the `needs` of a measure (step 6), or explain in `rationale` why it waits
