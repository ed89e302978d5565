# Messages of `goal-without-measure` in English.

goal-without-measure-summary = No measure names any of the goal's needs.
# `$goal`: "goal G1"; `$needs`: the ids of its needs ("B1, B2"), `$count` how many.
goal-without-measure = { $goal } has { $count ->
        [one] a need ({ $needs }), but no measure works on it
       *[other] needs ({ $needs }), but no measure works on any of them
    }
goal-without-measure-label = no measure reaches this goal
goal-without-measure-help = add a measure whose `needs` names { $count ->
        [one] { $needs }
       *[other] one of { $needs }
    } (step 6)
