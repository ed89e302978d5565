# Messages of `parent-goal-not-served` in English.

parent-goal-not-served-summary = A goal of an overall plan is carried by no goal of its sector plans and has no need of its own.
# `$goal`: "goal G2"; `$children`: the ids of the plans that detail this one.
parent-goal-not-served = { $goal } is carried by no goal of { $children } and has no need of its own
parent-goal-not-served-label = no plan below contributes to this goal
parent-goal-not-served-help = add `contributes_to: [{ $reference }]` to the goals of the sector plans that serve it, or give it needs in this plan
