# Meldingene til `departures-exceed-staff` på bokmål.

departures-exceed-staff-summary = Forventet avgang (`departures`) i årene i planperioden er til sammen større enn `employees` i en bemanningsrad.
# `$row`: radens enhet, og rollen i parentes: «hjemmetjenesten (sykepleier)». En rad som holdes
# tilbake fra dokumentet (small-group), får meldinger uten noen av radens tall, heller ikke årene.
departures-exceed-staff-withheld = forventet avgang fra { $row } i planperioden er til sammen større enn `employees`
departures-exceed-staff-withheld-label = summen for planperioden
# `$sum`: avgangen i årene fra `$first` til `$last`.
departures-exceed-staff = { $sum } forventede avganger fra { $row } i planperioden { $first }–{ $last }, men bare { $employees ->
        [one] { $employees } ansatt
       *[other] { $employees } ansatte
    }
departures-exceed-staff-label = { $sum } i { $first }–{ $last }
departures-exceed-staff-help = i løpet av planperioden ville flere slutte enn raden har ansatte i dag: kontroller `departures` mot `turnover` og aldersgruppene; hvis mange av dem som ansettes i perioden, ventes å slutte igjen (høy turnover), kan summen stemme: skriv da `departures-exceed-staff = "off"` i `[checks]`
