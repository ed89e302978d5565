# Messages of `invalid-id` in English.

invalid-id-summary = An id does not match the id pattern.
# `$kind`: "a goal", "an anchoring".
invalid-id = `{ $id }` is not a valid id for { $kind }
invalid-id-label = invalid id
invalid-id-help = an id starts with a letter or digit, followed by up to 63 letters a–z, digits, `.`, `_` or `-` (no æ, ø, å and no spaces), e.g. `B1` or `helse-fagbrev`; the Norwegian name belongs in `title` or `name`
