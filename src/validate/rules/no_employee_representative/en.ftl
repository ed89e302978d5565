# Messages of `no-employee-representative` in English.

no-employee-representative-summary = No group member represents the employees (tillitsvalgt).
