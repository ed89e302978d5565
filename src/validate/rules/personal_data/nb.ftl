# Meldingene til `personal-data` på bokmål.
# TODO(translate)

personal-data-summary = A text value contains a valid Norwegian national identity number.
