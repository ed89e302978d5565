# Meldingane til `not-adopted` på nynorsk.

not-adopted-summary = Planperioden har byrja (dagens dato er 1. januar i `period.start` eller seinare), og status er framleis `draft` eller `consultation`.
# `$status` er `draft` eller `consultation`, `$start` det første året i perioden, `$today` ein dato.
not-adopted = { $status ->
        [draft] planperioden byrja 1.{"\u00A0"}januar { $start }, men planen er framleis eit utkast (dagens dato er { $today })
       *[other] planperioden byrja 1.{"\u00A0"}januar { $start }, men planen er framleis på høyring (dagens dato er { $today })
    }
not-adopted-label = `status` er `{ $status }`
not-adopted-period = planperioden
not-adopted-help = få planen vedteken og set `status = "adopted"` med `[plan.adoption]`, eller flytt perioden til dei åra planen faktisk skal gjelde for
