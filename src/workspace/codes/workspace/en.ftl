# Messages of `workspace` in English.

workspace-summary = The planverk's workspace is broken: a member without kplan.toml, a pattern that matches nothing, a duplicate or invalid plan id, an unknown parent or a parent cycle.
# `$member`: a folder as written in `members`.
workspace-member-missing = the member { $member } has no kplan.toml
workspace-member-missing-label = no plan in this folder
workspace-member-missing-help = create the plan with `kplan init { $member }`, or remove the folder from `members`
workspace-member-outside = the member { $member } is not a folder inside the planverk
workspace-member-outside-label = outside the planverk, or a link
workspace-member-outside-help = members are folders below the folder of this kplan.toml, without `..` and not through a link
workspace-pattern-empty = the pattern { $member } matches no folder
workspace-pattern-empty-label = matches nothing
workspace-pattern-empty-help = correct the pattern, or remove it from `members`
# `$id`: a plan id.
workspace-duplicate-id = two plans have the id `{ $id }`
workspace-duplicate-id-label = the second plan with this id
workspace-duplicate-id-help = give one of them another `id` in `[plan]` of its kplan.toml
workspace-invalid-id = the plan id `{ $id }` is not a valid id
workspace-invalid-id-label = not a valid plan id
workspace-invalid-id-help = set `id` in `[plan]` to letters and digits without æøå, `.`, `_` or `-`, such as `helse`
workspace-unknown-parent = the parent `{ $id }` is no plan of the planverk
workspace-unknown-parent-label = no plan has this id
workspace-unknown-parent-did-you-mean = did you mean `{ $suggestion }`?
workspace-unknown-parent-help = name the id of a member plan (its `[plan] id`, or its folder's name)
workspace-parent-cycle = the plans' parents go round in a circle: { $cycle }
workspace-parent-cycle-label = part of the circle
workspace-parent-cycle-help = the overall plan has no `parent`; each other plan names the plan it details
