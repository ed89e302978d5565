# Meldingane til `part-time-inconsistent` på nynorsk.

part-time-inconsistent-summary = `part_time` er 0 medan `fte` er meir enn eit halvt årsverk lågare enn `employees`, eller `fte` er lik `employees` medan `part_time` er over 0.
# `$row`: eininga til rada, og rolla i parentes: «hjemmetjenesten (sykepleier)». Ei rad som blir
# halden tilbake frå dokumentet (small-group), får meldingar utan nokon av tala i rada, og éin
# hjelpetekst for begge tilfella (kva for eit det er, ville røpe eit tal).
part-time-inconsistent-withheld = `part_time` i bemanningsrada for { $row } stemmer ikkje med `fte` og `employees`
part-time-inconsistent-withheld-label = stemmer ikkje med `fte`
part-time-inconsistent-withheld-help = når ingen arbeider deltid, er `fte` lik `employees` (med eit halvt årsverk i margin for avrunding); når nokon gjer det, er `fte` lågare enn `employees`: rett `part_time`, `fte` eller `employees`
# `part_time` 0 medan `fte` er klart lågare enn `employees`.
part-time-inconsistent-full-time = bemanningsrada for { $row } har `part_time` 0 %, men { $fte } årsverk for { $employees ->
        [one] { $employees } tilsett
       *[other] { $employees } tilsette
    }
part-time-inconsistent-full-time-label = ingen deltid
part-time-inconsistent-full-time-help = når ingen arbeider deltid, er `fte` lik `employees`, med eit halvt årsverk i margin for avrunding: rett `part_time` (delen av dei tilsette som har mindre enn full stilling) eller `fte`
# `part_time` over 0 (`$share`, ein prosent) medan `fte` er lik `employees`.
part-time-inconsistent-part-time = bemanningsrada for { $row } har `part_time` { $share } %, men like mange årsverk som tilsette ({ $employees })
part-time-inconsistent-part-time-label = { $share } % deltid
part-time-inconsistent-part-time-help = ein deltidstilsett arbeider mindre enn ei full stilling, så `fte` er lågare enn `employees` når nokon arbeider deltid: rett `part_time` eller `fte` (skriv `fte` med desimalane, ikkje avrunda til heile årsverk)
