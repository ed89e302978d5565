# Meldingane til `need-without-measure` på nynorsk.
# TODO(translate)

need-without-measure-summary = No measure names the need (an uncovered gap).
