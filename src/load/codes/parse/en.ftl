# Messages of `parse` in English.

parse-summary = A file is not valid TOML/YAML, is not UTF-8, or breaks the parser's safety limits.

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
