# Messages of `future-fact` in English.

future-fact-summary = A measurement, an evaluation record, a milestone `done`, or a measure `completed` is dated after today.
