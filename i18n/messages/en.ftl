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

## R1
# A strategy as the files write it (`acquire`); the Norwegian catalogues add its name.
strategy-value = `{ $strategy }`
# A finding that may be a consequence of an unknown reference (`unknown-reference`): `$message`
# is the finding's own message, `$from` the entity that refers ("measure T5"), `$id` the id that
# names nothing, `$kind` the kind it should have named ("need").
cause-unknown-reference = { $message } (perhaps because { $from } refers to `{ $id }`, and no { $kind } has that id)
# The label at that unknown reference; `$meant`: "`B2`" or "`B1` or `B3`", each a
# `cause-unknown-reference-id`.
cause-unknown-reference-label = no { $kind } has this id: should it be { $meant }?
cause-unknown-reference-id = `{ $id }`
