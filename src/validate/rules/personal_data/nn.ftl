# Meldingane til `personal-data` på nynorsk.
# TODO(translate)

personal-data-summary = A text value contains a valid Norwegian national identity number.
