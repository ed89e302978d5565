# Messages of `gap-not-closed` in English.

gap-not-closed-summary = The `closes` values of a need's measures add up to less than its gap.
# `$need`: "need B1"; `$closed`: what its measures close, `$gap`: its gap.
gap-not-closed = the measures for { $need } close { $closed } of a gap of { $gap }
# With own apprentices completing for the need (`$own`).
gap-not-closed-apprentices = the measures for { $need } close { $closed } and own apprentices { $own } of a gap of { $gap }
# With own apprentices whose figure would give away a withheld workforce row.
gap-not-closed-apprentices-withheld = the measures for { $need } close { $closed } and own apprentices part of a gap of { $gap }, not all of it
gap-not-closed-label = { $open } left open
gap-not-closed-label-withheld = part of the gap left open
gap-not-closed-help = add or extend measures (`closes`), or lower `required` if the ambition has changed
