# Messages of `negative-gap` in English.

negative-gap-summary = `required < current` for a need whose strategy is acquire or develop.
# `$need`: "need B3"; `$required`, `$current`: its figures; `$strategy`: a `strategy-value`.
negative-gap = { $need } requires { $required } but already has { $current }, yet its strategy is { $strategy }
negative-gap-label = `required` is below `current`
negative-gap-current = `current` is higher
negative-gap-help = check `current` and `required` (are they swapped?); if the need shrinks, the strategy is probably `mobilise` or `phase-out`
