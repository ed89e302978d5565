# Messages of `parse` in English.

parse-summary = A file is not valid TOML/YAML, is not UTF-8, or breaks the parser's safety limits.

## TOML

# The opening `"""` of a multi-line text that is never closed. `$quotes` is `"""` or `'''`.
parse-toml-unclosed-text = the text that starts with `{ $quotes }` is never closed
parse-toml-unclosed-text-label = opened here
parse-toml-unclosed-text-help = end the text with `{ $quotes }` on a line of its own after its last line; as it is, kplan reads the rest of the file as part of the text
# `$line`: the line of the next text's opening quotes, which close this one instead.
parse-toml-unclosed-text-help-line = end the text with `{ $quotes }` on a line of its own after its last line; as it is, kplan reads everything up to the `{ $quotes }` on line { $line } as part of the text
# The closing `"""` of a text that goes on after it. `$line`: where it goes on.
parse-toml-text-closed-early = the text ends here with `{ $quotes }`, but it goes on after them
parse-toml-text-closed-early-label = the text ends here
# `$line`: where the text goes on; `$end`: the line of the `"""` further down that can end it.
parse-toml-text-closed-early-help-remove = if line { $line } belongs to the text, delete these quotes: the text then ends at the `{ $quotes }` on line { $end }
parse-toml-text-closed-early-help-move = if line { $line } belongs to the text, move these quotes to after the last line of the text
# The text goes on on the same line: three quotes in a row inside the text.
parse-toml-text-closed-early-help-quote = three quotes in a row end the text; write a quote inside the text as `\"`
# `$quotes`: the curly quotes found, such as "“ ”" or "« »".
parse-toml-curly-quotes = the text is in typographic quotes ({ $quotes }), which TOML does not read as quotes
parse-toml-curly-quotes-label = typographic quotes
# `$line`: the line with straight quotes.
parse-toml-curly-quotes-help = use straight quotes: `{ $line }`
parse-toml-curly-quotes-help-plain = use straight quotes (") around the text
# A number or a date written the Norwegian way; the help is a `habit-…` message.
parse-toml-not-a-number = TOML cannot read `{ $value }` as a number
parse-toml-not-a-number-label = not a number
parse-toml-not-a-date = TOML cannot read `{ $value }` as a date
parse-toml-not-a-date-label = not a date
parse-toml-unquoted-text = a text must be in quotes in TOML
parse-toml-unquoted-text-label = text without quotes
# `$line`: the line with the text in quotes.
parse-toml-unquoted-text-help = put the text in quotes: `{ $line }`
parse-toml-unquoted-text-help-plain = put the text in quotes (")
# `ja`, `nei`, `True` … where TOML takes `true` or `false`. `$line`: the line so.
parse-toml-yes-no = TOML writes yes and no as `true` and `false`, not `{ $value }`
parse-toml-yes-no-label = not true or false
parse-toml-yes-no-help = did you mean `{ $line }`?
parse-toml-duplicate-key = `{ $key }` is given twice in the same table
parse-toml-duplicate-key-help = keep one of them; a new entry starts with a `[[…]]` line of its own
parse-toml-no-equals = kplan expected `=` here: each line in TOML is `name = value`
parse-toml-no-equals-help = if this is text that belongs to the line above, the whole text must be in quotes (`"""` around a text over several lines)
parse-toml-missing-value = there is no value after `=`
parse-toml-missing-value-help = write the value after `=`, a text in quotes: `title = "…"`
# `$close`: `]`, `}` or `]]`.
parse-toml-unclosed-bracket = `{ $close }` is missing: the list or table is never closed
parse-toml-unclosed-bracket-help = add `{ $close }` after the last value of the list or table
parse-toml-missing-comma = a comma is missing between the values of the list
parse-toml-missing-comma-help = write `,` between the values, and put texts in quotes
parse-toml-more-on-line = there is more on this line after the value
parse-toml-more-on-line-help = write one `name = value` per line, and put a text with spaces in quotes
parse-toml-invalid-key = a field name can only hold the letters a–z, digits, `-` and `_`
parse-toml-invalid-key-help = check the spelling of the field name; the fields are listed in docs/plan-format.md
parse-toml-invalid-date = `{ $value }` is not a valid date
parse-toml-invalid-date-help = write the date as year-month-day, with two digits for the month and the day: `2025-08-01`
# Any other syntax error; `$detail` is the TOML reader's own words (English).
parse-toml-invalid = kplan cannot read the TOML here
parse-toml-invalid-help = check that the line reads `name = value`, that texts are in quotes and that every `[` and `{"{"}` is closed (the TOML reader says: { $detail })
parse-toml-too-deep = the values nest more than { $limit } levels deep
parse-toml-too-deep-help = a plan file never needs this many levels of lists and tables inside each other; make the file flatter
parse-toml-number-too-large = the number `{ $value }` is too large
parse-toml-number-too-large-help = check whether the number has too many digits

## Numbers in both formats

# An amount in kroner with points between the thousands, read as a decimal without an error (an
# indicator of quantity `amount`): `$read` is the number read, `$meant` the amount meant.
parse-amount-with-points = kplan reads `{ $value }` as { $read }: the point is a decimal point
parse-amount-with-points-label = read as { $read }
parse-amount-with-points-help = did you mean { $meant }? Write `{ $fixed }`, without points between the digits
