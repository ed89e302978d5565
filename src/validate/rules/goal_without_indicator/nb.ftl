# Meldingene til `goal-without-indicator` på bokmål.
# TODO(translate)

goal-without-indicator-summary = A goal has no indicator.
