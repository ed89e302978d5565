# Messages of `goal-without-indicator` in English.

goal-without-indicator-summary = A goal has no indicator.
# `$goal`: "goal G1".
goal-without-indicator = { $goal } has no indicator
goal-without-indicator-label = how will this be measured?
goal-without-indicator-help = add `indicators: [I1]` naming an indicator with a baseline and a target (step 7)
