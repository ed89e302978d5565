# Messages of `participants-exceed-group` in English.

participants-exceed-group-summary = A measure's `participants` exceed the employees of its `target_group` (in its `unit`, when given).
# The target group: a role, in a unit when the measure names one.
participants-exceed-group-in-unit = { $role } in { $unit }
participants-exceed-group-role = { $role }
# `$measure`: "measure T1"; `$group`: one of the two above. When a workforce row of the group is
# withheld from the document (small-group), neither figure is stated.
participants-exceed-group-withheld = { $measure } has more participants than there are employees in its target group { $group }
participants-exceed-group-withheld-label = more than the group
participants-exceed-group = { $measure } has { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }, but its target group { $group } has { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }
participants-exceed-group-label = { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }
participants-exceed-group-target-group = target group
participants-exceed-group-help = correct `participants`, or choose a wider `target_group` or `unit`; those hired while the measure runs are not in the workforce figures, so count the ones you plan for
