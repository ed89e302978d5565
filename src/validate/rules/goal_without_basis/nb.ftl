# Meldingene til `goal-without-basis` på bokmål.
# TODO(translate)

goal-without-basis-summary = A goal has no `based_on`.
