# Meldingene til `missing-step` på bokmål.
# TODO(translate)

missing-step-summary = One of the seven steps has no content at all.
