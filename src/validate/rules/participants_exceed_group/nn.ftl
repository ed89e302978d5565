# Meldingane til `participants-exceed-group` på nynorsk.

participants-exceed-group-summary = `participants` for eit tiltak er fleire enn dei tilsette i `target_group` (i `unit` for tiltaket når han er oppgitt).
# Målgruppa: ei rolle, i ei eining når tiltaket nemner ei.
participants-exceed-group-in-unit = { $role } i { $unit }
participants-exceed-group-role = { $role }
# `$measure`: «tiltak T1»; `$group`: ei av dei to over. Når ei bemanningsrad for gruppa blir
# halden tilbake frå dokumentet (small-group), blir ingen av tala oppgitt.
participants-exceed-group-withheld = { $measure } har fleire deltakarar enn det er tilsette i målgruppa { $group }
participants-exceed-group-withheld-label = fleire enn gruppa
participants-exceed-group = { $measure } har { $participants ->
        [one] { $participants } deltakar
       *[other] { $participants } deltakarar
    }, men målgruppa { $group } har berre { $employees ->
        [one] { $employees } tilsett
       *[other] { $employees } tilsette
    }
participants-exceed-group-label = { $employees ->
        [one] { $employees } tilsett
       *[other] { $employees } tilsette
    }
participants-exceed-group-target-group = målgruppe
participants-exceed-group-help = rett `participants`, eller vel ei breiare målgruppe (`target_group`) eller eining (`unit`); dei som blir tilsette medan tiltaket går føre seg, er ikkje med i bemanningstala, så rekn med dei de planlegg for
