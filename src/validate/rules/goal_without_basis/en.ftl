# Messages of `goal-without-basis` in English.

goal-without-basis-summary = A goal has no `based_on`.
