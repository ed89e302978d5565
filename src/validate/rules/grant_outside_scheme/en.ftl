# Messages of `grant-outside-scheme` in English.

grant-outside-scheme-summary = A cost year is before `from_year` or after `until_year` of its funding source.
# `$measure` is "measure T1", `$source` the funding source's name, `$year` the cost's year, `$from`
# the source's `from_year`.
grant-outside-scheme-before = a cost of { $measure } from { $source } falls in { $year }, but the scheme pays only from { $from }
# `$until` is the source's `until_year`.
grant-outside-scheme-after = a cost of { $measure } from { $source } falls in { $year }, but the scheme pays only through { $until }
grant-outside-scheme-label = outside the scheme's years
grant-outside-scheme-help = pay that year from another source (the own budget, a scheme that covers that year), or check the scheme's `from_year` and `until_year`
