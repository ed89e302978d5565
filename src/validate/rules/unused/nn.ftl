# Meldingane til `unused` på nynorsk.
# TODO(translate)

unused-summary = A unit, role, competence area, guideline, ambition, funding source or indicator is never referenced.
