# Meldingene til `duplicate-id` på bokmål.
# TODO(translate)

duplicate-id-summary = Two entities share an id.
