# Meldingene til `workforce-mismatch` på bokmål.
# TODO(translate)

workforce-mismatch-summary = Age bands do not sum to `employees`, or departures in one year exceed `employees`.
