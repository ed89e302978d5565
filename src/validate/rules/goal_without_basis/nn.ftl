# Meldingane til `goal-without-basis` på nynorsk.
# TODO(translate)

goal-without-basis-summary = A goal has no `based_on`.
