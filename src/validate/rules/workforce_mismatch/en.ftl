# Messages of `workforce-mismatch` in English.

workforce-mismatch-summary = Age bands do not sum to `employees`, or departures in one year exceed `employees`.
