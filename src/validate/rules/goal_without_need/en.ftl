# Messages of `goal-without-need` in English.

goal-without-need-summary = No need lists the goal in `goals`.
# `$goal`: "goal G2".
goal-without-need = { $goal } is served by no competence need
goal-without-need-label = no need lists this goal
goal-without-need-help = add `{ $id }` to the `goals` of the needs that serve it (step 5), or remove the goal
