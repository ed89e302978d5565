# Meldingane til `goal-without-indicator` på nynorsk.
# TODO(translate)

goal-without-indicator-summary = A goal has no indicator.
