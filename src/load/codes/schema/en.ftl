# Messages of `schema` in English.

schema-summary = Unknown section or field, wrong type, missing required field, enum value not in its list, malformed date.

## Kinds of value, in plain words. `$kind` is one of: whole, number, decimal, text, bool, list,
## mapping, nothing, date, deadline, year, need-ref, value, other.
schema-type = { $kind ->
        [whole] a whole number
        [number] a number
        [decimal] a decimal number
        [bool] `true` or `false`
        [list] a list
        [mapping] a group of fields
        [nothing] an empty value
        [date] a date such as 2025-08-01
        [deadline] a date such as 2026-04-01 or a yearly day such as 04-01
        [year] a year such as 2026
        [need-ref] the id of a need
        [value] one of the allowed values
        [other] another kind of value
       *[text] a text
    }
# A value as written in the file.
schema-value = `{ $value }`
# A field, value or section name as written in the files.
schema-name = `{ $name }`

## A value of the wrong kind. `$expected` and `$found` are `schema-type` or `schema-value`.
schema-wrong-type = `{ $field }` should be { $expected }, not { $found }
schema-wrong-type-here = this should be { $expected }, not { $found }
schema-no-value = `{ $field }` is empty, but should be { $expected }
schema-wrong-type-label = should be { $expected }
# How to write a value of a kind; `$kind` as in `schema-type`.
schema-help = { $kind ->
        [whole] write a whole number without quotes, spaces or unit, e.g. `12`
        [number] write a number without quotes, spaces or unit, with a point before the decimals, e.g. `48.2`
        [bool] write `true` (yes) or `false` (no)
        [list] write a list, `[A, B]`, or one line per entry starting with `- `
        [mapping] write its fields on lines of their own below it, indented
        [date] write the date as year-month-day, e.g. `2025-08-01`
        [deadline] write a deadline as year-month-day (`2026-04-01`), a yearly one as month-day (`04-01`)
        [year] write the year with four digits, e.g. `2026`
        [need-ref] write the id of a need (`- B2`), or the id with what this measure closes (`- {"{"} need: B2, closes: 6 {"}"}`)
        [value] write one of the allowed values
        [other] see docs/plan-format.md for what this field takes
       *[text] write a text after the field name
    }
# A number or `true`/`false` where a text belongs.
schema-help-quote = put the value in quotes to make it a text: `"{ $value }"`
# A list where one value belongs.
schema-help-single = write a single value, without `[ ]` or `- `
schema-allowed = allowed values: { $values }
# An entry of a list section (`goals:`) that is not a group of fields.
schema-entry-not-mapping = each entry in `{ $section }` should be a group of fields, not { $found }
schema-entry-not-mapping-help = write the entry's fields below its `- `, indented, e.g. `- id: …` with `title: …` on the next line

## Fields.
schema-unknown-field = unknown field `{ $field }`
schema-unknown-field-label = unknown field
# `$fields`: "`id`, `title` and `description`".
schema-unknown-field-did-you-mean = did you mean `{ $suggestion }`? The fields here are { $fields }
schema-unknown-field-help = the fields here are { $fields }; field names are written in English
schema-missing-field = `{ $field }` is missing here; it is required
schema-missing-field-label = in this entry
schema-missing-field-help = add `{ $field }` to this entry
schema-duplicate-field = `{ $field }` is given twice
schema-duplicate-field-help = keep one of them

## Values outside their list. `$values`: "`acquire`, `develop` or `mobilise`".
schema-unknown-value = `{ $value }` is not an allowed value of `{ $field }`
schema-unknown-value-here = `{ $value }` is not an allowed value here
schema-unknown-value-label = not an allowed value
schema-unknown-value-did-you-mean = did you mean `{ $suggestion }`? Allowed values: { $values }
schema-unknown-value-help = the allowed values are English words, the same in every plan: { $values }

## Lists and need links.
schema-empty-list = `{ $field }` is empty, but must hold at least one entry
schema-empty-list-here = this list is empty, but must hold at least one entry
schema-empty-list-label = empty
schema-empty-list-help = add at least one entry
schema-need-link = `{"{"} need: { $need } {"}"}` needs `closes` or `strategy` beside `need`
schema-need-link-label = `closes` or `strategy` is missing
schema-need-link-help = write the plain id, `- { $need }`, or add how much of the gap this measure closes, e.g. `{"{"} need: { $need }, closes: 6 {"}"}`
# A value kplan could not read for a reason of its own (`$detail` is not translated).
schema-unreadable = kplan could not read this value: { $detail }
schema-unreadable-label = cannot be read
schema-unreadable-help = see docs/plan-format.md for what this field takes

## Files and sections. `$sections`: "`organisation`, `units`, … and `evaluation`".
schema-empty-file = the file is empty: it holds no plan sections
schema-empty-file-help = add a section such as `goals:`, or delete the file
schema-file-not-mapping = a plan file should consist of sections such as `goals:`, but this file holds { $found }
schema-file-not-mapping-help = start the file with the name of a section, e.g. `goals:`; the sections are { $sections }
schema-section-name-not-text = a section name should be a text, not { $found }
schema-sections = the sections are { $sections }
schema-unknown-section = unknown section `{ $section }`
schema-unknown-section-label = unknown section
schema-unknown-section-did-you-mean = did you mean `{ $suggestion }`? The sections are { $sections }
schema-not-a-list = `{ $section }` should be a list of entries, not { $found }
schema-not-a-list-help = start each entry on a line of its own with `- ` (YAML), or write each as a `[[{ $section }]]` table (TOML)

## `[render]` folders outside the plan. `$field` is `templates` or `output`.
schema-outside-root = `{ $field } = "{ $value }"` in `[render]` leads out of the plan folder
schema-outside-root-label = outside the plan folder
schema-outside-root-help = { $field ->
        [output] give a folder inside the plan, relative to kplan.toml (e.g. `"build"`), without `..`; to write elsewhere, use `kplan render -o DIR`
       *[templates] give a folder inside the plan, relative to kplan.toml (e.g. `"maler"`), without `..`
    }

## `[checks]` in kplan.toml.
schema-checks-unknown-rule = `[checks]` names an unknown rule, `{ $rule }`
schema-checks-unknown-rule-label = unknown rule
schema-checks-unknown-rule-did-you-mean = did you mean `{ $suggestion }`? `kplan explain` lists every rule
schema-checks-unknown-rule-help = `kplan explain` lists every rule
schema-checks-always-error = `{ $code }` cannot be turned off or lowered: an identity number must never reach a public document
schema-checks-always-error-label = always an error
schema-checks-always-error-help = remove `{ $code }` from `[checks]`; remove the number from the plan instead
schema-checks-not-a-severity = `[checks]` sets `{ $code }` to `{ $value }`, which is not a severity
schema-checks-not-a-severity-label = not a severity
