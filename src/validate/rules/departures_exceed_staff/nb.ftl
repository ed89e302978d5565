# Meldingene til `departures-exceed-staff` på bokmål.
# TODO(translate)

departures-exceed-staff-summary = A workforce row's `departures` over the years of the plan period add up to more than its `employees`.
