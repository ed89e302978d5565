# Messages of `participants-exceed-group` in English.

participants-exceed-group-summary = A measure's `participants` exceed the employees of its `target_group` (in its `unit`, when given).
