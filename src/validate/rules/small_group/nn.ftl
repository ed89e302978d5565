# Meldingane til `small-group` på nynorsk.
# TODO(translate)

small-group-summary = A workforce row has fewer persons than `privacy_threshold`; its figures are withheld from rendered output.
