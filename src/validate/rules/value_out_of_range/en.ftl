# Messages of `value-out-of-range` in English.

value-out-of-range-summary = Negative count or amount, percent outside 0–100, `fte` above `employees`, or a year outside 1900–2200.
value-out-of-range-label = out of range

## What a value is, the `$what` of the sentences below.
value-out-of-range-period-start = the first year of the plan period
value-out-of-range-period-end = the last year of the plan period
value-out-of-range-population = the population
value-out-of-range-field = `{ $field }`
# `$row`: a workforce row, its unit and its role in brackets: "hjemmetjenesten (sykepleier)".
value-out-of-range-row-field = `{ $field }` of the workforce row for { $row }
value-out-of-range-age-band = the age band "{ $band }" for { $row }
value-out-of-range-departures-in = the number of departures from { $row } in { $year }
value-out-of-range-departures-withheld = the number of departures from { $row } in one of the years
# `$entity`: "need B1", "funding source ktt", "measure T1".
value-out-of-range-field-of = `{ $field }` of { $entity }
value-out-of-range-field-of-in = `{ $field }` of { $entity } in { $year }
value-out-of-range-cost = a cost of { $measure }
value-out-of-range-cost-year = the year of a cost of { $measure }
value-out-of-range-indicator-year = a year of { $indicator }
value-out-of-range-indicator-value = a value of { $indicator }

## The findings. `$value` is the value as the file gives it; a value of a workforce row withheld
## from the document (small-group) is never stated (the `-withheld` messages).
value-out-of-range-negative = { $what } is negative ({ $value })
value-out-of-range-negative-withheld = { $what } is negative
value-out-of-range-not-a-number = { $what } is not a number
value-out-of-range-negative-or-nan-withheld = { $what } is negative or not a number
value-out-of-range-count-help = a count is a whole number of 0 or more
value-out-of-range-number-help = write a number of 0 or more
# `$max`: kplan's largest count of persons (a million).
value-out-of-range-persons = { $what } is { $value }, more than kplan's limit of { $max } persons
value-out-of-range-persons-withheld = { $what } is more than kplan's limit of { $max } persons
value-out-of-range-persons-help = check the number: no municipality counts more than a million persons
value-out-of-range-negative-amount-help = amounts are whole kroner, 0 or more; record income or grants as funding sources, not as negative costs
# `$value`, `$max`: amounts.
value-out-of-range-amount = { $what } is { $value }, more than kplan's limit of { $max }
value-out-of-range-amount-help = amounts are whole kroner (not øre); check the number of digits
value-out-of-range-percent = { $what } is { $value }%, outside 0–100
value-out-of-range-percent-withheld = { $what } is outside 0–100%
value-out-of-range-percent-help = a percent is a number from 0 to 100 (write 62.5, not 0.625)
value-out-of-range-year = { $what } is { $value }, not a plausible year
# A year that a value is given for (`departures`, `places`).
value-out-of-range-departures-year = the departures from { $row } are given for the year { $year }, not a plausible year
value-out-of-range-field-of-year = `{ $field }` of { $entity } is given for the year { $year }, not a plausible year
value-out-of-range-departures-year-withheld = the departures from { $row } are given for a year outside 1900–2200
value-out-of-range-year-help = write the year with four digits, between 1900 and 2200
value-out-of-range-municipality-number = the municipality number `{ $number }` is not four digits
value-out-of-range-municipality-number-help = write the kommunenummer with four digits, e.g. "4601"
# `$field`: `plan_interval_years` or `action_interval_years`.
value-out-of-range-interval = `{ $field }` is { $value }, but a revision interval is at least one year
value-out-of-range-interval-help = intervals are whole years, 1 or more
value-out-of-range-fte = the workforce row for { $row } has { $fte } fte but only { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }
value-out-of-range-fte-withheld = the workforce row for { $row } has more fte than employees
value-out-of-range-fte-help = fte (årsverk) cannot exceed the number of employees: nobody works more than a full position
value-out-of-range-age-bands = the age bands for { $row } add up to more than { $max } persons from the band "{ $band }" on
value-out-of-range-age-bands-help = check the bands: each employee belongs to exactly one
value-out-of-range-binding-months-help = binding time is a whole number of months, 0 or more
# `$max`: the largest total kplan can compute with, an amount.
value-out-of-range-costs-sum = the costs of the plan add up to more than { $max } from this cost on
value-out-of-range-costs-sum-help = split the plan: its budget tables cannot hold this total
