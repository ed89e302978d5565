# Meldingene til `invalid-id` på bokmål.
# TODO(translate)

invalid-id-summary = An id does not match the id pattern.
