# Meldingene til `negative-gap` på bokmål.
# TODO(translate)

negative-gap-summary = `required < current` for a need whose strategy is acquire or develop.
