# Messages of `gap-not-closed` in English.

gap-not-closed-summary = The `closes` values of a need's measures add up to less than its gap.
