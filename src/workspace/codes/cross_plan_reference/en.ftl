# Messages of `cross-plan-reference` in English.

cross-plan-reference-summary = A reference to another plan cannot be checked when the plan is checked on its own.
cross-plan-reference = { $goal } names `{ $reference }` of the plan `{ $plan }`, which is checked only in the planverk
cross-plan-reference-label = another plan's id
cross-plan-reference-help = run `kplan check` in the folder of the planverk (the kplan.toml with `[workspace]`) to check it
