# Meldingane til `review-overdue` på nynorsk.

review-overdue-summary = Dagens dato er etter neste gjennomgang eller ei planlagd evaluering, og inga evaluering er registrert den dagen eller seinare.
# `$date` er datoen det skulle ha skjedd.
review-overdue-next-review = neste gjennomgang av planen skulle ha vore gjord { $date }, og inga evaluering er registrert sidan
# `$title` er tittelen på den planlagde evalueringa.
review-overdue-scheduled = evalueringa «{ $title }» skulle ha vore gjord { $date }, og inga evaluering er registrert sidan
review-overdue-label = forseinka
review-overdue-help = før opp evalueringa under `evaluation.records` med datoen ho vart gjord, eller set ein ny dato (dagens dato er { $today })
