# Meldingane til `invalid-period` på nynorsk.
# TODO(translate)

invalid-period-summary = The plan period, or a measure, starts after it ends.
