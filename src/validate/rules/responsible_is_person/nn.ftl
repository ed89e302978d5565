# Meldingane til `responsible-is-person` på nynorsk.
# TODO(translate)

responsible-is-person-summary = A `responsible` or the `owner` is the `name` of a group member: the plan names roles, not people.
