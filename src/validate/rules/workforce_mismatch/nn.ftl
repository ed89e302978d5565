# Meldingane til `workforce-mismatch` på nynorsk.

workforce-mismatch-summary = Summen av aldersgruppene er ikkje lik `employees`, eller avgangen i eitt år er større enn `employees`.
# `$row`: eininga til rada, og rolla i parentes: «hjemmetjenesten (sykepleier)». Ei rad som blir
# halden tilbake frå dokumentet (small-group), får meldingar utan nokon av tala i rada.
workforce-mismatch-age-withheld = summen av aldersgruppene for { $row } er ikkje lik `employees`
workforce-mismatch-age-withheld-label = summen av aldersgruppene
workforce-mismatch-age = aldersgruppene for { $row } er til saman { $sum }, men `employees` er { $employees }
workforce-mismatch-age-label = til saman { $sum }
workforce-mismatch-age-help = kvar tilsett høyrer til i nøyaktig éi aldersgruppe: rett aldersgruppene eller `employees`
workforce-mismatch-departures-withheld = forventa avgang frå { $row } i eitt av åra er større enn `employees`
workforce-mismatch-departures = { $departures ->
        [one] { $departures } forventa avgang
       *[other] { $departures } forventa avgangar
    } frå { $row } i { $year }, men berre { $employees ->
        [one] { $employees } tilsett
       *[other] { $employees } tilsette
    }
workforce-mismatch-departures-label = fleire enn talet på tilsette
workforce-mismatch-departures-help = forventa avgang i eitt år kan ikkje vere større enn talet på tilsette: rett `departures` eller `employees`
