# Messages of `goal-without-measure` in English.

goal-without-measure-summary = No measure names any of the goal's needs.
