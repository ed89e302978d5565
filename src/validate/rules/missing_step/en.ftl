# Messages of `missing-step` in English.

missing-step-summary = One of the seven steps has no content at all.
# `$step`: 1 to 7.
missing-step = step { $step } ({ $step ->
        [1] organisation and involvement
        [2] anchoring
        [3] goals and guidelines
        [4] what competence is
        [5] competence and staffing analysis
        [6] strategies and measures
       *[7] implementation, follow-up and evaluation
    }) has no content
# `$sections`: the step's sections, each a `missing-step-section`, joined with "or".
missing-step-help = add { $sections } to a plan file; `kplan init` shows an example of every step
missing-step-section = `{ $section }`
