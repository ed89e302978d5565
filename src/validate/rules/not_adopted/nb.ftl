# Meldingene til `not-adopted` på bokmål.

not-adopted-summary = Planperioden har begynt (dagens dato er 1. januar i `period.start` eller senere), og status er fortsatt `draft` eller `consultation`.
# `$status` er `draft` eller `consultation`, `$start` det første året i perioden, `$today` en dato.
not-adopted = { $status ->
        [draft] planperioden begynte 1.{"\u00A0"}januar { $start }, men planen er fortsatt et utkast (dagens dato er { $today })
       *[other] planperioden begynte 1.{"\u00A0"}januar { $start }, men planen er fortsatt på høring (dagens dato er { $today })
    }
not-adopted-label = `status` er `{ $status }`
not-adopted-period = planperioden
not-adopted-help = få planen vedtatt og sett `status = "adopted"` med `[plan.adoption]`, eller flytt perioden til de årene planen faktisk skal gjelde for
