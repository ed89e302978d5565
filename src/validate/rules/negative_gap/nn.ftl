# Meldingane til `negative-gap` på nynorsk.
# TODO(translate)

negative-gap-summary = `required < current` for a need whose strategy is acquire or develop.
