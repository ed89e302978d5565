# Meldingene til `need-without-measure` på bokmål.
# TODO(translate)

need-without-measure-summary = No measure names the need (an uncovered gap).
