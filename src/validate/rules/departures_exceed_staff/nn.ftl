# Meldingane til `departures-exceed-staff` på nynorsk.

departures-exceed-staff-summary = Forventa avgang (`departures`) i åra i planperioden er til saman større enn `employees` i ei bemanningsrad.
# `$row`: eininga til rada, og rolla i parentes: «hjemmetjenesten (sykepleier)». Ei rad som blir
# halden tilbake frå dokumentet (small-group), får meldingar utan nokon av tala i rada, heller
# ikkje åra.
departures-exceed-staff-withheld = forventa avgang frå { $row } i planperioden er til saman større enn `employees`
departures-exceed-staff-withheld-label = summen for planperioden
# `$sum`: avgangen i åra frå `$first` til `$last`.
departures-exceed-staff = { $sum } forventa avgangar frå { $row } i planperioden { $first }–{ $last }, men berre { $employees ->
        [one] { $employees } tilsett
       *[other] { $employees } tilsette
    }
departures-exceed-staff-label = { $sum } i { $first }–{ $last }
departures-exceed-staff-help = i løpet av planperioden ville fleire slutte enn rada har tilsette i dag: kontroller `departures` mot `turnover` og aldersgruppene; viss mange av dei som blir tilsette i perioden, er venta å slutte att (høg turnover), kan summen stemme: skriv då `departures-exceed-staff = "off"` i `[checks]`
