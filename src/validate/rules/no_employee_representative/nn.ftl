# Meldingane til `no-employee-representative` på nynorsk.
# TODO(translate)

no-employee-representative-summary = No group member represents the employees (tillitsvalgt).
