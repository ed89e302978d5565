# Meldingane til `gap-not-closed` på nynorsk.
# TODO(translate)

gap-not-closed-summary = The `closes` values of a need's measures add up to less than its gap.
