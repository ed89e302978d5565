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
# A plan's heading in a run that checks several plans: its id, folder and title.
report-plan-heading = ── plan { $id } ({ $dir }): { $title }
# The last line of a run that checks several plans: "3 plans: 2 errors, 1 warning in 24 files".
report-plans-total = { $plans } { $plans ->
        [one] plan
       *[other] plans
    }: { $summary }


## The summary on GitHub (`--format github` when GITHUB_STEP_SUMMARY is set). `$plan` is the
## plan's title and folder.
summary-title = kplan check: { $plan }
summary-passed = The plan passes the check.
summary-failed = The plan does not pass the check: the run ends with status 1.
summary-not-checked = kplan could not check the plan: { $message }
summary-severity = Severity
summary-place = Place
summary-rule = Rule
summary-message = Message
# `$shown` of `$total` findings are in the table.
summary-findings = { $all ->
        [true] { $shown ->
            [one] The finding
           *[other] The findings
        }
       *[false] The first { $shown } of { $total } findings, errors first
    }:
summary-more = … and { $more } more: run `kplan check` on the plan to see them all.

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

## R2
# Labels at a workforce row's `employees` and `fte`.
row-employees = employees
row-fte = fte

## CLI
# What the command line itself prints, outside the findings: `src/cli/`, and the errors that stop
# a run (`kplan::Error`).
# An error that stops the run: "error: …".
cli-error = error: { $message }
# A note of the command line: "note: …".
cli-note = note: { $message }
# A text passed on as it is: an operating system's own words, or an error that has its words in
# English only.
cli-plain = { $text }
# A file written by `init`, `render` or `schema`.
cli-wrote = wrote { $path }
cli-bad-date = `{ $date }` is not a date; write it as YYYY-MM-DD
cli-not-a-folder = { $path } is not a folder
# `$reason`: the operating system's words.
cli-cannot-read = cannot read { $path }: { $reason }
cli-cannot-write = cannot write { $path }: { $reason }
cli-templates-missing = the templates folder { $path } does not exist
cli-stdout = cannot write to standard output: { $reason }
cli-write-symlink = { $path } is a symbolic link; kplan never writes through links (remove the link, or choose another folder)
cli-write-not-a-file = { $path } is not a regular file, so kplan will not replace it

# `kplan diff` and `render --since`: the two sides of a comparison.
cli-no-plan-above = no kplan.toml in { $dir } or any folder above it
cli-no-plan-in = no plan (kplan.toml) in { $dir }
# `$message` is the first `parse` finding of the side, in the plan's language.
cli-side-does-not-parse = { $side }: { $file }: { $message }
cli-no-working-plan = no kplan.toml here or in any folder above; give NEW
cli-git-not-installed = git is not installed (kplan reads revisions with the git command)
cli-git-not-a-repository = { $dir } is not in a git repository, so revisions cannot be read
cli-git-unknown-revision = unknown revision `{ $rev }` in { $repo }
cli-git-no-plan-top = no plan (kplan.toml) at the top level in revision `{ $rev }`
cli-git-no-plan-at = no plan (kplan.toml) at `{ $dir }` in revision `{ $rev }`

# `kplan render`.
cli-render-has-errors = the plan has errors; fix them before rendering (`kplan check` lists them)
cli-render-outside-plan = [render] { $field } = "{ $value }" leads out of the plan folder; kplan reads and writes only inside the plan (give a folder elsewhere with --templates or -o)
cli-render-warnings = { $count } { $count ->
        [one] warning
       *[other] warnings
    }
cli-render-notes = { $count } { $count ->
        [one] note
       *[other] notes
    }
# `$listed`: "2 warnings and 1 note".
cli-render-listed = the document lists { $listed } from the checks; run `kplan check` for details
cli-render-not-listed = the checks have { $listed }, which the document leaves out ([render] show_findings = false); run `kplan check` for details

# `kplan explain`.
cli-unknown-rule = unknown rule `{ $name }`
cli-unknown-rule-did-you-mean = unknown rule `{ $name }`; did you mean `{ $suggestion }`?
cli-explain-lists = `kplan explain` without a code lists every rule

# `kplan init`. The question for the language is asked before the language is known: in bokmål.
cli-init-ask-language = Language: nb (bokmål), nn (nynorsk) or en (English)
cli-init-bad-language = `{ $answer }` is not one of the languages: answer nb (bokmål), nn (nynorsk) or en (English)
cli-init-bad-number = `{ $answer }` is not a municipality number: write its four digits, e.g. 4601, or leave it empty
cli-init-bad-period = `{ $answer }` is not a plan period: write the first and the last year, e.g. 2025-2028
cli-init-reversed-period = the start year ({ $start }) is after the end year ({ $end }): write the first year first, e.g. { $end }-{ $start }
cli-init-bad-format = `{ $answer }` is not a file format kplan reads: answer yaml or toml
cli-init-not-empty = { $dir } is not empty: choose an empty folder, or give --force to add the plan beside the files in it (no file is ever replaced)
# `$files`: one path a line.
cli-init-exists = these files exist already, so nothing was written:
    { $files }
# A value `init` chose because its option was not given and nobody was asked.
cli-init-defaulted = no --{ $flag } given, so the plan uses "{ $value }": change it in kplan.toml, or give --{ $flag } next time
cli-init-defaulted-lang = no --lang given, so the plan is written in bokmål: for nynorsk or English, run `kplan init` again in an empty folder with --lang nn or --lang en
cli-init-defaulted-format = no --format given, so the plan files are YAML: for TOML, run `kplan init` again in an empty folder with --format toml
# `$name`: the file kplan's README was written to instead.
cli-init-readme-renamed = README.md exists already and was left as it is; kplan's guide to the plan is in { $name }
cli-init-gitignore-kept = .gitignore exists already and was left as it is: add the line `/build/` to it, so that the documents `kplan render` writes stay out of git

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

# The language in the environment is not one kplan knows.
cli-bad-lang-env = `KPLAN_LANG={ $value }` is not a language: use nb, nn or en, or leave it empty

# `--format github` could not write the summary to the file GITHUB_STEP_SUMMARY names.
cli-step-summary-failed = the summary could not be written to `{ $file }` (GITHUB_STEP_SUMMARY): { $error }

# A severity as a word: the column of `kplan explain`. `$severity`: error, warning or note.
severity = { $severity ->
        [error] error
        [warning] warning
       *[note] note
    }

# `init --interactive`: the input ended while questions were left.
cli-init-input-ended = the input ended before every question was answered, so the rest took their defaults (the values in brackets): check them in kplan.toml

# `init` in a sub-folder of a git repository: the workflow is written at the repository root.
cli-init-ci-at-root = GitHub reads workflows only at the root of the repository, so the workflow is written to { $file } and checks the plan in `{ $plan }`
# `init --ci gitlab` in a sub-folder: `.gitlab-ci.yml` is written at the repository root.
cli-init-gitlab-at-root = GitLab reads `.gitlab-ci.yml` only at the root of the repository, so it is written to { $file } and checks the plan in `{ $plan }`
# `init --ci gitlab` when the repository has a `.gitlab-ci.yml` of its own: the jobs go in the plan folder.
cli-init-gitlab-include = { $existing } exists already and was left as it is; kplan's jobs are in `{ $file }`: move them into { $existing }, or include the file there with `include: [{"{"} local: '{ $file }' {"}"}]` (its `stages:` and `workflow:` then apply to the whole pipeline)
