# Messages of `goal-without-basis` in English.

goal-without-basis-summary = A goal has no `based_on`.
# `$goal`: "goal G1".
goal-without-basis = { $goal } rests on no guideline or anchoring
goal-without-basis-label = no `based_on`
goal-without-basis-help = add `based_on: [...]` naming the guidelines (laws, norms, plans) or anchoring decisions behind the goal
