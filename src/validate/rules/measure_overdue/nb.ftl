# Meldingene til `measure-overdue` på bokmål.
# TODO(translate)

measure-overdue-summary = Today is past a measure's `end` and its status is still planned or ongoing.
