# Messages of `no-employee-representative` in English.

no-employee-representative-summary = No group member represents the employees (tillitsvalgt).
no-employee-representative = no member of any group represents the employees (tillitsvalgt)
no-employee-representative-label = no tillitsvalgt in any group
no-employee-representative-help = add a member with `represents: employee-representative` to the project or steering group
