# Messages of `parse` in English.

parse-summary = A file is not valid TOML/YAML, is not UTF-8, or breaks the parser's safety limits.

## TOML

# The opening `"""` of a multi-line text that is never closed. `$quotes` is `"""` or `'''`.
parse-toml-unclosed-text = the text that starts with `{ $quotes }` here is not closed where it should be
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

## YAML and files

# An entry kplan does not open.
parse-refused-outside = this entry is a link that leads out of the plan folder; kplan does not read it
parse-refused-outside-help = copy what it links to into the plan folder, or remove the link
parse-refused-broken = this entry is a link to a file that does not exist; kplan does not read it
parse-refused-broken-help = remove the link, or restore the file it points to
parse-refused-special = this entry is { $kind ->
        [folder] a folder
        [fifo] a FIFO (named pipe)
        [socket] a socket
        [device] a device
       *[other] a special file
    }, not a regular file; kplan does not read it
parse-refused-special-help = replace it with a regular file, or remove it
# `$size` and `$limit` in MiB.
parse-too-large = the file is { $size } MiB, more than the limit of { $limit } MiB
parse-too-large-help = split the plan into several smaller files
parse-not-utf8 = the file is not saved as UTF-8 (here is the first character kplan cannot read)
parse-not-utf8-label = not UTF-8
parse-not-utf8-help = save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8); Latin-1 and Windows-1252 are the usual causes, and they break æ, ø and å

# The YAML parser's safety limits; `$limit` is the limit's value.
parse-yaml-limit-nodes = the file holds more than { $limit } nodes (values, lists and mappings), the limit for one file
parse-yaml-limit-events = the file needs more than { $limit } parser events, the limit for one file
parse-yaml-limit-depth = lists and mappings are nested more than { $limit } levels deep, the limit for one file
parse-yaml-limit-depth-help = a plan needs about 6 levels: look for brackets that are never closed
parse-yaml-limit-aliases = the file uses more than { $limit } aliases (`*name`), the limit for one file
parse-yaml-limit-anchor-events = anchors (`&name`) record more than { $limit } events, the limit for one file
# `$detail` is the parser's name for the limit.
parse-yaml-limit-other = the file breaks a safety limit of YAML ({ $detail })
parse-yaml-limit-replayed = aliases expand to more than { $limit } events, the limit for one file
parse-yaml-limit-expansions = an anchor is expanded more than { $limit } times, the limit for one file
parse-yaml-limit-alias-depth = aliases are nested more than { $limit } levels deep, the limit for one file
parse-yaml-limit-split = split the plan into several files
parse-yaml-limit-write-out = a plan needs no aliases on this scale: write the values out

# A YAML syntax error kplan does not recognise; `$detail` is the parser's own message (English).
parse-yaml = kplan cannot read the YAML here (the parser says: { $detail })
parse-yaml-help = look at this line and the one above it: a text that holds `: ` or ` #` needs quotes, indentation is spaces (no tabs) lined up with the lines above, and every quote and bracket must be closed
parse-yaml-opens-label = opened here, never closed
# `$quote` is `"` or `'`.
parse-yaml-unclosed-quote = the text that starts with `{ $quote }` here is never closed
parse-yaml-unclosed-quote-help = end the text with `{ $quote }` on the same line: `{ $fixed }`
# `$bracket` is `[` or `{`, `$close` its closing `]` or `}`.
parse-yaml-unclosed-bracket = the `{ $bracket }` here is never closed with `{ $close }`
parse-yaml-unclosed-bracket-help = close it with `{ $close }`: `{ $fixed }`
parse-yaml-after-quote = the text goes on after its closing quote
parse-yaml-after-quote-label = after the closing quote
parse-yaml-after-quote-help = put the whole text in quotes: `{ $fixed }`
parse-yaml-tab = the indentation holds a tab; YAML allows only spaces there
parse-yaml-tab-label = tab
parse-yaml-tab-help = replace the tab with spaces
# `$fixed` is the line as it should be.
parse-yaml-tab-help-fixed = replace the tab with spaces: `{ $fixed }`
# `$text` is what was written, e.g. `title:Flere`.
parse-yaml-missing-space = there is no space after the colon in `{ $text }`, so YAML reads it as one text, not as a field and its value
parse-yaml-missing-space-label = space missing after `:`
parse-yaml-missing-space-help = put a space after the colon: `{ $fixed }`
# `$text` is what was written, e.g. `-id: G1`.
parse-yaml-dash-space = there is no space after the `-` in `{ $text }`, so YAML does not read it as a list entry
parse-yaml-dash-space-label = space missing after `-`
parse-yaml-dash-space-help = put a space after the `-`: `{ $fixed }`
# `$quote` is the curly quote the text starts with (“, ‘, « …).
parse-yaml-curly-quotes = the text starts with a curly quote `{ $quote }`, which YAML does not read as a quote
parse-yaml-curly-quotes-label = not a quote in YAML
parse-yaml-curly-quotes-help = use straight quotes: `{ $fixed }`
parse-yaml-curly-quotes-kept = the text starts with a curly quote `{ $quote }`, which YAML does not read as a quote: the quotes become part of the text
parse-yaml-curly-quotes-kept-label = becomes part of the text
parse-yaml-colon-in-text = the text holds a colon followed by a space, which YAML reads as the start of a new field
parse-yaml-colon-in-text-label = YAML reads this as a new field
parse-yaml-colon-in-text-help = put the text in quotes: `{ $fixed }`
parse-yaml-colon-in-text-continued = a line of a text written over several lines holds a colon followed by a space, which YAML reads as the start of a new field
parse-yaml-colon-in-text-continued-help = put the whole text in quotes ("…"), or write `|` after the field's colon and the text on the lines below it
# `$n` spaces; `$dir` is `deeper` (too far right) or `shallower` (too far left); `$anchor` is the
# key (or `- ` entry) on line `$line` it should line up with; `$key` is the misaligned line's key.
parse-yaml-indent = this line starts { $n } { $n ->
        [one] space
       *[other] spaces
    } further { $dir ->
        [deeper] right
       *[shallower] left
    } than `{ $anchor }` on line { $line }, so YAML cannot tell where it belongs
parse-yaml-indent-label = does not line up
parse-yaml-indent-help = lines that belong together start in the same column: move `{ $key }` { $n } { $n ->
        [one] space
       *[other] spaces
    } to the { $dir ->
        [deeper] left
       *[shallower] right
    }, under `{ $anchor }`: `{ $fixed }`
