# Messages of `responsible-is-person` in English.

responsible-is-person-summary = A `responsible` or the `owner` is the `name` of a group member: the plan names roles, not people.
