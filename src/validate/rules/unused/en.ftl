# Messages of `unused` in English.

unused-summary = A unit, role, competence area, guideline, ambition, funding source or indicator is never referenced.
