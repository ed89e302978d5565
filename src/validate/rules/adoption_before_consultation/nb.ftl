# Meldingene til `adoption-before-consultation` på bokmål.
# TODO(translate)

adoption-before-consultation-summary = The adoption date is before the earliest dated anchoring of kind `employee-organisations` (the drøfting with the unions).
