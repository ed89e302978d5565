# Meldingene til `goal-without-need` på bokmål.
# TODO(translate)

goal-without-need-summary = No need lists the goal in `goals`.
