# Meldingane til `plan-expired` på nynorsk.

plan-expired-summary = Dagens dato er etter slutten av planperioden, og status er framleis `adopted`.
# `$end` er det siste året i perioden, `$today` ein dato.
plan-expired = planperioden slutta 31.{"\u00A0"}desember { $end }, men planen står framleis som vedteken (dagens dato er { $today })
plan-expired-label = `status` er `adopted`
plan-expired-period = planperioden
plan-expired-help = revider planen for ein ny periode (KS-steg 7), eller set `status = "retired"` når ein ny plan har erstatta han
