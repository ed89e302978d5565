# Meldingene til `measure-without-need` på bokmål.
# TODO(translate)

measure-without-need-summary = A measure's `needs` is empty.
