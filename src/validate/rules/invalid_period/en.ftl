# Messages of `invalid-period` in English.

invalid-period-summary = The plan period, or a measure, starts after it ends.
