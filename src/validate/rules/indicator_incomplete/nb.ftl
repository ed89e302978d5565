# Meldingene til `indicator-incomplete` på bokmål.
# TODO(translate)

indicator-incomplete-summary = An indicator has no baseline or no target.
