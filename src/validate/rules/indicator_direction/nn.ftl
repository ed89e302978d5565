# Meldingane til `indicator-direction` på nynorsk.
# TODO(translate)

indicator-direction-summary = An indicator's target lies against its `direction`, or its target year or a measurement is from before its baseline year.
