# Meldingene til `replacement-not-covered` på bokmål.
# TODO(translate)

replacement-not-covered-summary = A need's measures close less than its gap plus the expected departures of its population through `by`.
