# Meldingene til `invalid-period` på bokmål.
# TODO(translate)

invalid-period-summary = The plan period, or a measure, starts after it ends.
