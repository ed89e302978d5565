# Meldingene til `value-out-of-range` på bokmål.
# TODO(translate)

value-out-of-range-summary = Negative count or amount, percent outside 0–100, `fte` above `employees`, or a year outside 1900–2200.
