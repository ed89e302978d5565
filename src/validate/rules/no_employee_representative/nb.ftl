# Meldingene til `no-employee-representative` på bokmål.
# TODO(translate)

no-employee-representative-summary = No group member represents the employees (tillitsvalgt).
