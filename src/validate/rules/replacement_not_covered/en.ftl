# Messages of `replacement-not-covered` in English.

replacement-not-covered-summary = A need's measures close less than its gap plus the expected departures of its population through `by`.
