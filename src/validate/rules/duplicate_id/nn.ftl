# Meldingane til `duplicate-id` på nynorsk.
# TODO(translate)

duplicate-id-summary = Two entities share an id.
