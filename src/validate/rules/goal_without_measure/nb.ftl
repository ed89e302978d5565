# Meldingene til `goal-without-measure` på bokmål.
# TODO(translate)

goal-without-measure-summary = No measure names any of the goal's needs.
