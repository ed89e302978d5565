# Meldingane til `missing-step` på nynorsk.
# TODO(translate)

missing-step-summary = One of the seven steps has no content at all.
