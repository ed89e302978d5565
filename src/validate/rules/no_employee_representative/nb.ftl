# Meldingene til `no-employee-representative` på bokmål.

no-employee-representative-summary = Ingen i gruppene representerer de ansatte (tillitsvalgt).
no-employee-representative = ingen i gruppene representerer de ansatte (tillitsvalgt)
no-employee-representative-label = ingen tillitsvalgt i noen gruppe
no-employee-representative-help = legg til et medlem med `represents: employee-representative` i prosjektgruppen eller styringsgruppen
