# Meldingane til `no-employee-representative` på nynorsk.

no-employee-representative-summary = Ingen i gruppene representerer dei tilsette (tillitsvald).
no-employee-representative = ingen i gruppene representerer dei tilsette (tillitsvald)
no-employee-representative-label = ingen tillitsvald i nokon gruppe
no-employee-representative-help = legg til eit medlem med `represents: employee-representative` i prosjektgruppa eller styringsgruppa
