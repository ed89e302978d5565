# Meldingane til `invalid-id` på nynorsk.
# TODO(translate)

invalid-id-summary = An id does not match the id pattern.
