# Messages of `co-funding-missing` in English.

co-funding-missing-summary = A measure has less own-budget cost in a year than the `match_percent` of its grants from a source requires.
# `$measure` is "measure T1", `$own` and `$required` amounts, `$shares` the sources that require
# an own contribution, each a `co-funding-missing-share`, joined with "and".
co-funding-missing = { $measure } has { $own } of own-budget cost in { $year }, less than the own contribution of { $required } ({ $shares })
# "30 % of NOK 150,000 from Kompetanse- og tjenesteutviklingstilskuddet".
co-funding-missing-share = { $percent }{"\u00A0"}% of { $grant } from { $source }
co-funding-missing-label = needs an own contribution
# `$missing` is the amount that lacks.
co-funding-missing-help = add a cost of at least { $missing } in { $year } from a funding source of kind `own-budget` (the own contribution may be wages or time off for the staff taking part: budget it as such a cost line)
