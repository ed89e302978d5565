# Meldingane til `measure-overdue` på nynorsk.

measure-overdue-summary = Dagens dato er etter `end` for eit tiltak, og statusen er framleis `planned` eller `ongoing`.
# `$measure` er «tiltak T1», `$end` ein dato, `$status` er `planned` eller `ongoing`.
measure-overdue = { $status ->
        [planned] { $measure } skulle ha vore avslutta { $end }, men står framleis som planlagt
       *[other] { $measure } skulle ha vore avslutta { $end }, men står framleis som pågåande
    }
measure-overdue-label = statusen er ikkje oppdatert
measure-overdue-end = sluttdato
measure-overdue-help = set `status` til `completed` (gjennomført), `postponed` (utsett) eller `cancelled` (avlyst), eller gi tiltaket ein ny `end` (dagens dato er { $today })
