# Meldingane til `plan-expired` på nynorsk.
# TODO(translate)

plan-expired-summary = Today is after the plan period's end and the status is still adopted.
