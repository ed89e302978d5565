# Messages of `copied-file` in English.

copied-file-summary = A file named like a copy of another plan file (`6-tiltak - Kopi.yaml`) repeats its entities.
# The finding names the copy; `$original` is a path in the plan folder, `$ids` the repeated ids (`T1`, `T2`, …),
# `$count` how many there are.
copied-file = the file is a copy of `{ $original }`, and { $count ->
        [one] one entity is
       *[other] { $count } entities are
    } in both ({ $ids })
copied-file-help = delete the copy, or move it out of the plan folder if you want to keep it: kplan reads every plan file in the folder, so the entities count twice
# `$new`: the ids only the copy has.
copied-file-help-new = move what is new in the copy ({ $new }) into `{ $original }`, then delete the copy: kplan reads every plan file in the folder, so the entities count twice
