# Meldingane til `evaluation-schedule-mismatch` på nynorsk.

evaluation-schedule-mismatch-summary = To `actions`-evalueringar etter kvarandre ligg lenger frå kvarandre enn `action_interval_years`, eller inga `plan`-evaluering er sett opp før perioden sluttar.
# `$title` er tittelen på den seinaste evalueringa, `$months` månadene mellom dei to (fleire enn
# 12), `$previous` datoen for den førre, `$interval` er `action_interval_years`.
evaluation-schedule-mismatch-gap = evalueringa «{ $title }» kjem { $months } månader etter den førre ({ $previous }), men tiltaka skal gjennomgåast { $interval ->
        [1] kvart år
        [2] annakvart år
        [3] kvart tredje år
        [4] kvart fjerde år
        [5] kvart femte år
       *[other] kvart { $interval }. år
    }
evaluation-schedule-mismatch-gap-label = { $months } månader etter den førre
evaluation-schedule-mismatch-gap-related = rytmen planen lovar
evaluation-schedule-mismatch-gap-help = set opp ei evaluering med `scope: actions` mellom dei, eller endre `action_interval_years` i `[plan.revision]` til det planen faktisk gjer
# `$end` er det siste året i planperioden.
evaluation-schedule-mismatch-late = evalueringa av heile planen, «{ $title }», er sett opp etter planperioden, som sluttar i { $end }
evaluation-schedule-mismatch-late-label = etter perioden
evaluation-schedule-mismatch-none = inga evaluering av heile planen (`scope: plan`) er sett opp før planperioden sluttar i { $end }
# Ved den første planlagde evalueringa.
evaluation-schedule-mismatch-none-label = ingen av dei planlagde evalueringane har `scope: plan`
evaluation-schedule-mismatch-plan-help = set opp ei evaluering med `scope: plan` i { $end } eller tidlegare, så den neste planen har noko å byggje på
