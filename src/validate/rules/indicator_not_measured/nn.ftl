# Meldingane til `indicator-not-measured` på nynorsk.
# TODO(translate)

indicator-not-measured-summary = A year of the plan period after an indicator's baseline, or its target year, has passed with no measurement.
