# Meldingane til `measure-without-need` på nynorsk.
# TODO(translate)

measure-without-need-summary = A measure's `needs` is empty.
