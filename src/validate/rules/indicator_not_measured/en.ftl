# Messages of `indicator-not-measured` in English.

indicator-not-measured-summary = A year of the plan period after an indicator's baseline, or its target year, has passed with no measurement.
