# Messages of `departures-exceed-staff` in English.

departures-exceed-staff-summary = A workforce row's `departures` over the years of the plan period add up to more than its `employees`.
# `$row`: the row's unit, and its role in brackets: "hjemmetjenesten (sykepleier)". A row
# withheld from the document (small-group) gets messages with no figure of it, not even the years.
departures-exceed-staff-withheld = the departures from { $row } over the plan period add up to more than `employees`
departures-exceed-staff-withheld-label = sum over the plan period
# `$sum`: the departures of the years from `$first` to `$last`.
departures-exceed-staff = { $sum } departures from { $row } over the plan period { $first }–{ $last }, but only { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }
departures-exceed-staff-label = { $sum } in { $first }–{ $last }
departures-exceed-staff-help = over the plan period more people would leave than the row employs today: check `departures` against `turnover` and the age bands; if many of those hired during the period are expected to leave again (high turnover), the sum can be right: then write `departures-exceed-staff = "off"` in `[checks]`
