# Meldingene til `responsible-is-person` på bokmål.
# TODO(translate)

responsible-is-person-summary = A `responsible` or the `owner` is the `name` of a group member: the plan names roles, not people.
