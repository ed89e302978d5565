# Messages of `responsible-is-person` in English.

responsible-is-person-summary = A `responsible` or the `owner` is the `name` of a group member: the plan names roles, not people.
# `$group`: the name of the group in `organisation` that has the person as a member. The
# messages never repeat the person's name.
responsible-is-person-organisation = the `owner` of the organisation is the name of a member of the group "{ $group }", not a role
# `$measure`: "measure T1".
responsible-is-person-measure = the `responsible` of { $measure } is the name of a member of the group "{ $group }", not a role
responsible-is-person-evaluation = the `responsible` of the evaluation is the name of a member of the group "{ $group }", not a role
responsible-is-person-label = a person
# `$role`: the member's `role`.
responsible-is-person-help = name the role instead of the person, as the role stays when the person leaves; the member's role is `{ $role }`
