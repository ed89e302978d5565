# Messages of `contributes-to-non-ancestor` in English.

contributes-to-non-ancestor-summary = A reference to another plan names a plan that is not an ancestor of this one.
# `$goal`: "goal G2"; `$reference`: `overordnet:G1`; `$plan`: a plan id; `$field`: `contributes_to` or `based_on`.
contributes-to-non-ancestor = { $goal } names { $reference } in `{ $field }`, but `{ $plan }` is not a plan this plan details
contributes-to-non-ancestor-label = not an ancestor plan
contributes-to-non-ancestor-help = a goal contributes to the goals of the plans above it (its `parent`, that plan's parent, …): name one of those, or set `parent` in `[plan]`
contributes-to-non-ancestor-local = { $goal } names `{ $reference }` in `contributes_to` without a plan
contributes-to-non-ancestor-local-label = no plan given
contributes-to-non-ancestor-local-help = `contributes_to` names goals of an overall plan as `PLANID:ID`, such as `overordnet:G1`
