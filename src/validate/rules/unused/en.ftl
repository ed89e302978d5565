# Messages of `unused` in English.

unused-summary = A unit, role, competence area, guideline, ambition, funding source or indicator is never referenced.
# `$kind`: a `kind` message ("unit").
unused = { $kind } `{ $id }` is never referenced
unused-label = defined but not used
# `$kind` is the kind's key (unit, role, competence-area, guideline, ambition, funding, indicator).
unused-help = { $kind ->
        [unit] refer to it from a need, a measure, a workforce row or a child unit (`unit`, `parent`), or remove it
        [role] refer to it from a need (`role`), a measure (`target_group`) or a workforce row, or remove it
        [competence-area] refer to it from a need (`area`), or remove it
        [guideline] refer to it from a goal (`based_on`), or remove it
        [ambition] refer to it from a goal (`ambition`), or remove it
        [funding] refer to it from a cost of a measure (`funding`), or remove it
       *[indicator] refer to it from a goal or a measure (`indicators`), or remove it
    }
