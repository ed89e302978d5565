# Meldingene til `plan-expired` på bokmål.
# TODO(translate)

plan-expired-summary = Today is after the plan period's end and the status is still adopted.
