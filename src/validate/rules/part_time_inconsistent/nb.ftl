# Meldingene til `part-time-inconsistent` på bokmål.

part-time-inconsistent-summary = `part_time` er 0 mens `fte` er mer enn et halvt årsverk lavere enn `employees`, eller `fte` er lik `employees` mens `part_time` er over 0.
# `$row`: radens enhet, og rollen i parentes: «hjemmetjenesten (sykepleier)». En rad som holdes
# tilbake fra dokumentet (small-group), får meldinger uten noen av radens tall, og én hjelpetekst
# for begge tilfellene (hvilket det er, ville røpe et tall).
part-time-inconsistent-withheld = `part_time` i bemanningsraden for { $row } stemmer ikke med `fte` og `employees`
part-time-inconsistent-withheld-label = stemmer ikke med `fte`
part-time-inconsistent-withheld-help = når ingen jobber deltid, er `fte` lik `employees` (med et halvt årsverk i slingringsmonn for avrunding); når noen gjør det, er `fte` lavere enn `employees`: rett `part_time`, `fte` eller `employees`
# `part_time` 0 mens `fte` er klart lavere enn `employees`.
part-time-inconsistent-full-time = bemanningsraden for { $row } har `part_time` 0 %, men { $fte } årsverk for { $employees ->
        [one] { $employees } ansatt
       *[other] { $employees } ansatte
    }
part-time-inconsistent-full-time-label = ingen deltid
part-time-inconsistent-full-time-help = når ingen jobber deltid, er `fte` lik `employees`, med et halvt årsverk i slingringsmonn for avrunding: rett `part_time` (andelen ansatte som har mindre enn full stilling) eller `fte`
# `part_time` over 0 (`$share`, en prosent) mens `fte` er lik `employees`.
part-time-inconsistent-part-time = bemanningsraden for { $row } har `part_time` { $share } %, men like mange årsverk som ansatte ({ $employees })
part-time-inconsistent-part-time-label = { $share } % deltid
part-time-inconsistent-part-time-help = en deltidsansatt jobber mindre enn en full stilling, så `fte` er lavere enn `employees` når noen jobber deltid: rett `part_time` eller `fte` (skriv `fte` med desimalene, ikke avrundet til hele årsverk)
