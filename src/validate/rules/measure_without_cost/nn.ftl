# Meldingane til `measure-without-cost` på nynorsk.
# TODO(translate)

measure-without-cost-summary = A measure has no `costs`.
