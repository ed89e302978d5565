# Meldingene til `evaluation-schedule-mismatch` på bokmål.

evaluation-schedule-mismatch-summary = To `actions`-evalueringer etter hverandre ligger lenger fra hverandre enn `action_interval_years`, eller ingen `plan`-evaluering er satt opp før perioden slutter.
# `$title` er tittelen på den seneste evalueringen, `$months` månedene mellom de to (flere enn
# 12), `$previous` datoen for den forrige, `$interval` er `action_interval_years`.
evaluation-schedule-mismatch-gap = evalueringen «{ $title }» kommer { $months } måneder etter den forrige ({ $previous }), men tiltakene skal gjennomgås { $interval ->
        [1] hvert år
        [2] annethvert år
        [3] hvert tredje år
        [4] hvert fjerde år
        [5] hvert femte år
       *[other] hvert { $interval }. år
    }
evaluation-schedule-mismatch-gap-label = { $months } måneder etter den forrige
evaluation-schedule-mismatch-gap-related = rytmen planen lover
evaluation-schedule-mismatch-gap-help = sett opp en evaluering med `scope: actions` mellom dem, eller endre `action_interval_years` i `[plan.revision]` til det planen faktisk gjør
# `$end` er det siste året i planperioden.
evaluation-schedule-mismatch-late = evalueringen av hele planen, «{ $title }», er satt opp etter planperioden, som slutter i { $end }
evaluation-schedule-mismatch-late-label = etter perioden
evaluation-schedule-mismatch-none = ingen evaluering av hele planen (`scope: plan`) er satt opp før planperioden slutter i { $end }
# Ved den første planlagte evalueringen.
evaluation-schedule-mismatch-none-label = ingen av de planlagte evalueringene har `scope: plan`
evaluation-schedule-mismatch-plan-help = sett opp en evaluering med `scope: plan` i { $end } eller tidligere, så den neste planen har noe å bygge på
