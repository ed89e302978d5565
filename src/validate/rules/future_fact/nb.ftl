# Meldingene til `future-fact` på bokmål.
# TODO(translate)

future-fact-summary = A measurement, an evaluation record, a milestone `done`, or a measure `completed` is dated after today.
