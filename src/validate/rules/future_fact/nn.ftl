# Meldingane til `future-fact` på nynorsk.

future-fact-summary = Ei måling, ei gjennomført evaluering, ein milepæl med `done` eller eit tiltak med `completed` er datert etter dagens dato.
# `$indicator`: «indikator I1»; `$year`: året for målinga.
future-fact-measurement = { $indicator } har ei måling for { $year }, eit år som ikkje er kome enno
future-fact-measurement-label = etter i år
# `$title`: `title` for evalueringa; `$date`: datoen.
future-fact-record = evalueringa «{ $title }» er datert { $date }, etter dagens dato
future-fact-after-today = etter i dag
# `$title`: `title` for milepælen; `$date`: datoen.
future-fact-milestone = milepælen «{ $title }» er merkt som gjennomført, men er datert { $date }, etter dagens dato
future-fact-milestone-label = gjennomført
future-fact-date = dato
# `$measure`: «tiltak T1»; `$start`: startdatoen.
future-fact-measure = { $measure } er gjennomført (`completed`), men startar { $start }, etter dagens dato
future-fact-measure-label = gjennomført
future-fact-start = start
# `$today`: dagens dato.
future-fact-help = planen skal berre oppgi det som har skjedd per i dag ({ $today }): rett datoen, eller ta det ut til det har skjedd
future-fact-measurement-help = planen skal berre oppgi det som har skjedd per i dag ({ $today }): rett året, eller ta målinga ut til ho er gjord
future-fact-record-help = planen skal berre oppgi det som har skjedd per i dag ({ $today }): rett datoen, eller ta det ut til det har skjedd; ei planlagd evaluering høyrer heime i `schedule`
future-fact-measure-help = planen skal berre oppgi det som har skjedd per i dag ({ $today }): rett datoen eller statusen; eit tiltak som ikkje har starta, er planlagt (`planned`)
