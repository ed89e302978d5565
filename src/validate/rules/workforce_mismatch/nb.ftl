# Meldingene til `workforce-mismatch` på bokmål.

workforce-mismatch-summary = Summen av aldersgruppene er ikke lik `employees`, eller avgangen i ett år er større enn `employees`.
# `$row`: radens enhet, og rollen i parentes: «hjemmetjenesten (sykepleier)». En rad som holdes
# tilbake fra dokumentet (small-group), får meldinger uten noen av radens tall.
workforce-mismatch-age-withheld = summen av aldersgruppene for { $row } er ikke lik `employees`
workforce-mismatch-age-withheld-label = summen av aldersgruppene
workforce-mismatch-age = aldersgruppene for { $row } er til sammen { $sum }, men `employees` er { $employees }
workforce-mismatch-age-label = til sammen { $sum }
workforce-mismatch-age-help = hver ansatt hører til i nøyaktig én aldersgruppe: rett aldersgruppene eller `employees`
workforce-mismatch-departures-withheld = forventet avgang fra { $row } i ett av årene er større enn `employees`
workforce-mismatch-departures = { $departures ->
        [one] { $departures } forventet avgang
       *[other] { $departures } forventede avganger
    } fra { $row } i { $year }, men bare { $employees ->
        [one] { $employees } ansatt
       *[other] { $employees } ansatte
    }
workforce-mismatch-departures-label = flere enn antall ansatte
workforce-mismatch-departures-help = forventet avgang i ett år kan ikke være større enn antall ansatte: rett `departures` eller `employees`
