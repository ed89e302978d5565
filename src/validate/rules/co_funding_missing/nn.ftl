# Meldingane til `co-funding-missing` på nynorsk.
# TODO(translate)

co-funding-missing-summary = A measure has less own-budget cost in a year than the `match_percent` of its grants from a source requires.
