# Meldingane til `participants-exceed-group` på nynorsk.
# TODO(translate)

participants-exceed-group-summary = A measure's `participants` exceed the employees of its `target_group` (in its `unit`, when given).
