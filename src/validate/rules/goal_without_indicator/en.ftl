# Messages of `goal-without-indicator` in English.

goal-without-indicator-summary = A goal has no indicator.
