# Meldingene til `participants-exceed-group` på bokmål.

participants-exceed-group-summary = `participants` for et tiltak er flere enn de ansatte i `target_group` (i tiltakets `unit` når den er oppgitt).
# Målgruppen: en rolle, i en enhet når tiltaket nevner en.
participants-exceed-group-in-unit = { $role } i { $unit }
participants-exceed-group-role = { $role }
# `$measure`: «tiltak T1»; `$group`: en av de to over. Når en bemanningsrad for gruppen holdes
# tilbake fra dokumentet (small-group), oppgis ingen av tallene.
participants-exceed-group-withheld = { $measure } har flere deltakere enn det er ansatte i målgruppen { $group }
participants-exceed-group-withheld-label = flere enn gruppen
participants-exceed-group = { $measure } har { $participants ->
        [one] { $participants } deltaker
       *[other] { $participants } deltakere
    }, men målgruppen { $group } har bare { $employees ->
        [one] { $employees } ansatt
       *[other] { $employees } ansatte
    }
participants-exceed-group-label = { $employees ->
        [one] { $employees } ansatt
       *[other] { $employees } ansatte
    }
participants-exceed-group-target-group = målgruppe
participants-exceed-group-help = rett `participants`, eller velg en bredere målgruppe (`target_group`) eller enhet (`unit`); de som blir ansatt mens tiltaket pågår, er ikke med i bemanningstallene, så regn med dem dere planlegger for
