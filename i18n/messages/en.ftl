# The words every finding code shares, in English. Each code's own messages are beside its
# documentation (`src/validate/rules/<rule>/en.ftl`, `src/load/codes/<code>/en.ftl`).

## Lists: "a, b or c".
list-or = or
list-and = and

## Reports.
# The help line of a finding in formats that give a finding as one text (GitHub, SARIF).
report-help = help: { $help }
# The word before the help line in the human format.
report-help-word = help
# The last line of `kplan check`: "2 errors, 1 warning in 8 files"; notes only when there are some.
report-summary = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }{ $notes ->
        [0] {""}
       *[other] , { $notes } { $notes ->
            [one] note
           *[other] notes
        }
    } in { $files } { $files ->
        [one] file
       *[other] files
    }

## Entities. `$kind` is one of: unit, role, anchoring, ambition, guideline, goal,
## competence-area, need, apprentice, funding, measure, indicator.
kind = { $kind ->
        [unit] unit
        [role] role
        [anchoring] anchoring
        [ambition] ambition
        [guideline] guideline
        [goal] goal
        [competence-area] competence area
        [need] need
        [apprentice] apprentice entry
        [funding] funding source
        [measure] measure
       *[indicator] indicator
    }
# The kind with its indefinite article: "a goal", "an indicator".
kind-a = { $kind ->
        [unit] a unit
        [role] a role
        [anchoring] an anchoring
        [ambition] an ambition
        [guideline] a guideline
        [goal] a goal
        [competence-area] a competence area
        [need] a need
        [apprentice] an apprentice entry
        [funding] a funding source
        [measure] a measure
       *[indicator] an indicator
    }
# One entity: "measure T1". `$kind` is a `kind` message.
entity = { $kind } { $id }
# A row of the workforce table (rows have no id).
entity-workforce-row = a workforce row

## P2
## Numbers and dates written the Norwegian way (`load::habits`): the help of `parse` (TOML) and
## `schema` (YAML) findings. `$fixed` is the value, or the whole line, as it should be written.
# `$unit` as written: `kr`, `%`, `NOK`, `,-`.
habit-unit = write the bare number, without `{ $unit }`: did you mean `{ $fixed }`?
habit-decimal-comma = write decimals with a point, not a comma: did you mean `{ $fixed }`?
habit-group-space = write the number without spaces: did you mean `{ $fixed }`?
habit-group-point = write the number without points between the digits: did you mean `{ $fixed }`?
habit-date = write dates as year-month-day: did you mean `{ $fixed }`?
# `200.000` where a whole number is expected: `$read` is the number read (200).
habit-point-is-decimal = the point is a decimal point here, so kplan reads `{ $value }` as { $read }: did you mean `{ $fixed }`?
