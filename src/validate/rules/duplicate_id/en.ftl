# Messages of `duplicate-id` in English.

duplicate-id-summary = Two entities share an id.
# `$first` is the entity that has the id first ("a goal"), `$place` where it is (`goals.yaml:4`).
duplicate-id = id `{ $id }` is already used by { $first } ({ $place })
# `$kind`: "a measure".
duplicate-id-label = used again here, by { $kind }
duplicate-id-first = first used here, by { $kind }
duplicate-id-help = ids are unique across the whole plan, all kinds together: rename one of them
# `$strategy` is the strategy's `kind` (`mobilise`).
duplicate-id-strategy = strategy `{ $strategy }` is described twice
duplicate-id-strategy-label = described again
duplicate-id-strategy-first = first described here
duplicate-id-strategy-help = `strategies` holds at most one entry per kind: merge the two descriptions
