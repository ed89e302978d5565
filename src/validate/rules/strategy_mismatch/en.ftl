# Messages of `strategy-mismatch` in English.

strategy-mismatch-summary = A measure's strategy differs from the strategy of a need it names.
