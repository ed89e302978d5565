# Messages of `comment-in-text` in English.

comment-in-text-summary = A `#` after a space in a YAML text without quotes starts a comment and cuts the text short.
# `$kept` is the text YAML read, `$comment` what it took for a comment (from `#` to the end of
# the line), `$fixed` the line with the whole text in quotes.
comment-in-text = the text stops at `{ $kept }`: in YAML a `#` after a space starts a comment, so `{ $comment }` is left out
comment-in-text-label = YAML reads this as a comment
comment-in-text-help = if it belongs to the text, put the whole text in quotes: `{ $fixed }`; if it is a comment, write two spaces before the `#` and one after it
