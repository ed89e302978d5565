# Messages of `goal-without-need` in English.

goal-without-need-summary = No need lists the goal in `goals`.
