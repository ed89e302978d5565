# Meldingane til `indicator-incomplete` på nynorsk.
# TODO(translate)

indicator-incomplete-summary = An indicator has no baseline or no target.
