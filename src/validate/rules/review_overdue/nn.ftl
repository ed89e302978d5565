# Meldingane til `review-overdue` på nynorsk.
# TODO(translate)

review-overdue-summary = Today is past the next review or a scheduled evaluation, with no evaluation record on or after that date.
