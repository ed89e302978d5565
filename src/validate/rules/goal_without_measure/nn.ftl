# Meldingane til `goal-without-measure` på nynorsk.
# TODO(translate)

goal-without-measure-summary = No measure names any of the goal's needs.
