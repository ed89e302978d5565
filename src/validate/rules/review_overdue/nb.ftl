# Meldingene til `review-overdue` på bokmål.

review-overdue-summary = Dagens dato er etter neste gjennomgang eller en planlagt evaluering, og ingen evaluering er registrert den dagen eller senere.
# `$date` er datoen det skulle ha skjedd.
review-overdue-next-review = neste gjennomgang av planen skulle ha vært gjort { $date }, og ingen evaluering er registrert siden
# `$title` er tittelen på den planlagte evalueringen.
review-overdue-scheduled = evalueringen «{ $title }» skulle ha vært gjort { $date }, og ingen evaluering er registrert siden
review-overdue-label = forsinket
review-overdue-help = før opp evalueringen under `evaluation.records` med datoen den ble gjort, eller sett en ny dato (dagens dato er { $today })
