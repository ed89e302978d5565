# Meldingene til `plan-expired` på bokmål.

plan-expired-summary = Dagens dato er etter slutten av planperioden, og status er fortsatt `adopted`.
# `$end` er det siste året i perioden, `$today` en dato.
plan-expired = planperioden sluttet 31.{"\u00A0"}desember { $end }, men planen står fortsatt som vedtatt (dagens dato er { $today })
plan-expired-label = `status` er `adopted`
plan-expired-period = planperioden
plan-expired-help = revider planen for en ny periode (KS-steg 7), eller sett `status = "retired"` når en ny plan har erstattet den
