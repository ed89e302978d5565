# Meldingene til `strategy-mismatch` på bokmål.
# TODO(translate)

strategy-mismatch-summary = A measure's strategy differs from the strategy of a need it names.
