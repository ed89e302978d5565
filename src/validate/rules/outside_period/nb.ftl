# Meldingene til `outside-period` på bokmål.
# TODO(translate)

outside-period-summary = A measure's dates, a cost year, a need's `by` or an indicator target year fall outside the plan period.
