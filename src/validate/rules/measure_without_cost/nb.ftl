# Meldingene til `measure-without-cost` på bokmål.
# TODO(translate)

measure-without-cost-summary = A measure has no `costs`.
