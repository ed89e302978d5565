# Messages of `workforce-mismatch` in English.

workforce-mismatch-summary = Age bands do not sum to `employees`, or departures in one year exceed `employees`.
# `$row`: the row's unit, and its role in brackets: "hjemmetjenesten (sykepleier)". A row
# withheld from the document (small-group) gets messages with no figure of it.
workforce-mismatch-age-withheld = the age bands for { $row } do not add up to `employees`
workforce-mismatch-age-withheld-label = sum of the age bands
workforce-mismatch-age = the age bands for { $row } add up to { $sum }, but `employees` is { $employees }
workforce-mismatch-age-label = sum { $sum }
workforce-mismatch-age-help = every employee belongs to exactly one age band: correct the bands or `employees`
workforce-mismatch-departures-withheld = the departures from { $row } in one year exceed `employees`
workforce-mismatch-departures = { $departures ->
        [one] { $departures } departure
       *[other] { $departures } departures
    } from { $row } in { $year }, but only { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }
workforce-mismatch-departures-label = more than employees
workforce-mismatch-departures-help = the departures expected in a year cannot exceed the number of employees: correct `departures` or `employees`
