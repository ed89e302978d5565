# Meldingene til `small-group` på bokmål.
# TODO(translate)

small-group-summary = A workforce row has fewer persons than `privacy_threshold`; its figures are withheld from rendered output.
