# Messages of `outside-period` in English.

outside-period-summary = A measure's dates, a cost year, a need's `by` or an indicator target year fall outside the plan period.
