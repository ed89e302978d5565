# Meldingane til `workforce-mismatch` på nynorsk.
# TODO(translate)

workforce-mismatch-summary = Age bands do not sum to `employees`, or departures in one year exceed `employees`.
