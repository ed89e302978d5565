# Messages of `replacement-not-covered` in English.

replacement-not-covered-summary = A need's measures close less than its gap plus the expected departures of its population through `by`.
# `$need`: "need B1"; `$recruit` = `$gap` + `$departures` (expected to leave through the year
# `$by`); `$closed`: what its measures close; `$short`: what is missing.
replacement-not-covered = { $need } must recruit { $recruit } (gap { $gap } + { $departures } expected to leave by { $by }); its measures close { $closed }, { $short } short
# With own apprentices completing for the need (`$own`).
replacement-not-covered-apprentices = { $need } must recruit { $recruit } (gap { $gap } + { $departures } expected to leave by { $by }); its measures close { $closed } and own apprentices { $own }, { $short } short
replacement-not-covered-label = { $short } short
# The departures would give away withheld figures (docs/privacy.md): none is stated.
replacement-not-covered-withheld = { $need } must also replace those expected to leave by { $by }; its measures close { $closed } of a gap of { $gap }, which leaves them uncovered (departures withheld for privacy)
replacement-not-covered-withheld-apprentices = { $need } must also replace those expected to leave by { $by }; its measures close { $closed } of a gap of { $gap }, with own apprentices, which leaves them uncovered (departures withheld for privacy)
replacement-not-covered-withheld-label = departures not covered
replacement-not-covered-help = raise the measures' `closes`, add a recruitment measure or own apprentices (`apprentices` with `completing`), or set `replace_departures: false` if the departures are replaced elsewhere (say where in `rationale`)
