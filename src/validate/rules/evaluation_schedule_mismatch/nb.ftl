# Meldingene til `evaluation-schedule-mismatch` på bokmål.
# TODO(translate)

evaluation-schedule-mismatch-summary = Two consecutive `actions` evaluations lie further apart than `action_interval_years`, or no `plan` evaluation is scheduled before the period ends.
