# Meldingene til `measure-overdue` på bokmål.

measure-overdue-summary = Dagens dato er etter `end` for et tiltak, og statusen er fortsatt `planned` eller `ongoing`.
# `$measure` er «tiltak T1», `$end` en dato, `$status` er `planned` eller `ongoing`.
measure-overdue = { $status ->
        [planned] { $measure } skulle ha vært avsluttet { $end }, men står fortsatt som planlagt
       *[other] { $measure } skulle ha vært avsluttet { $end }, men står fortsatt som pågående
    }
measure-overdue-label = statusen er ikke oppdatert
measure-overdue-end = sluttdato
measure-overdue-help = sett `status` til `completed` (gjennomført), `postponed` (utsatt) eller `cancelled` (avlyst), eller gi tiltaket en ny `end` (dagens dato er { $today })
