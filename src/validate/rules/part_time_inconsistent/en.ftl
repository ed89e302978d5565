# Messages of `part-time-inconsistent` in English.

part-time-inconsistent-summary = `part_time` is 0 while `fte` is more than half an årsverk below `employees`, or `fte` equals `employees` while `part_time` is above 0.
# `$row`: the row's unit, and its role in brackets: "hjemmetjenesten (sykepleier)". A row
# withheld from the document (small-group) gets messages with no figure of it, and one help for
# both cases (which one it is would tell a figure).
part-time-inconsistent-withheld = `part_time` in the workforce row for { $row } does not agree with its `fte` and `employees`
part-time-inconsistent-withheld-label = does not agree with `fte`
part-time-inconsistent-withheld-help = when nobody works part time, `fte` equals `employees` (give or take half an årsverk of rounding); when some do, `fte` is below `employees`: correct `part_time`, `fte` or `employees`
# `part_time` 0 while `fte` is clearly below `employees`.
part-time-inconsistent-full-time = the workforce row for { $row } has `part_time` 0%, but { $fte } fte for { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }
part-time-inconsistent-full-time-label = nobody part time
part-time-inconsistent-full-time-help = when nobody works part time, `fte` equals `employees`, give or take half an årsverk of rounding: correct `part_time` (the share of employees in positions below full time) or `fte`
# `part_time` above 0 (`$share`, a percent) while `fte` equals `employees`.
part-time-inconsistent-part-time = the workforce row for { $row } has `part_time` { $share }%, but as many fte as employees ({ $employees })
part-time-inconsistent-part-time-label = { $share }% part time
part-time-inconsistent-part-time-help = a part-timer works less than a full position, so `fte` is below `employees` when anyone works part time: correct `part_time` or `fte` (write `fte` with its decimals, not rounded to whole årsverk)
