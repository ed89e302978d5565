# Meldingene til `future-fact` på bokmål.

future-fact-summary = En måling, en gjennomført evaluering, en milepæl med `done` eller et tiltak med `completed` er datert etter dagens dato.
# `$indicator`: «indikator I1»; `$year`: året for målingen.
future-fact-measurement = { $indicator } har en måling for { $year }, et år som ikke er kommet ennå
future-fact-measurement-label = etter i år
# `$title`: `title` for evalueringen; `$date`: datoen.
future-fact-record = evalueringen «{ $title }» er datert { $date }, etter dagens dato
future-fact-after-today = etter i dag
# `$title`: `title` for milepælen; `$date`: datoen.
future-fact-milestone = milepælen «{ $title }» er merket som gjennomført, men er datert { $date }, etter dagens dato
future-fact-milestone-label = gjennomført
future-fact-date = dato
# `$measure`: «tiltak T1»; `$start`: startdatoen.
future-fact-measure = { $measure } er gjennomført (`completed`), men starter { $start }, etter dagens dato
future-fact-measure-label = gjennomført
future-fact-start = start
# `$today`: dagens dato.
future-fact-help = planen skal bare oppgi det som har skjedd per i dag ({ $today }): rett datoen, eller ta det ut til det har skjedd
future-fact-measurement-help = planen skal bare oppgi det som har skjedd per i dag ({ $today }): rett året, eller ta målingen ut til den er gjort
future-fact-record-help = planen skal bare oppgi det som har skjedd per i dag ({ $today }): rett datoen, eller ta det ut til det har skjedd; en planlagt evaluering hører hjemme i `schedule`
future-fact-measure-help = planen skal bare oppgi det som har skjedd per i dag ({ $today }): rett datoen eller statusen; et tiltak som ikke har startet, er planlagt (`planned`)
