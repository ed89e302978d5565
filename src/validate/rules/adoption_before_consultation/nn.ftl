# Meldingane til `adoption-before-consultation` på nynorsk.
# TODO(translate)

adoption-before-consultation-summary = The adoption date is before the earliest dated anchoring of kind `employee-organisations` (the drøfting with the unions).
