# Meldingane til `goal-without-need` på nynorsk.
# TODO(translate)

goal-without-need-summary = No need lists the goal in `goals`.
