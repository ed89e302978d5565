# Meldingene til `strategy-balance` på bokmål.

strategy-balance-summary = Ingen behov eller tiltak bruker strategien mobilisere; meldingen viser planens kostnad fordelt på strategiene.
# `$shares`: hver strategis del av planens kostnad, `strategy-balance-share`-er med «og».
strategy-balance = ingen behov eller tiltak mobiliserer kompetansen de ansatte allerede har; planens kostnad fordelt på strategi: { $shares }
strategy-balance-no-costs = ingen behov eller tiltak mobiliserer kompetansen de ansatte allerede har; planen har ingen kostnader ennå
# `$strategy`: acquire, develop, mobilise eller phase-out; `$percent` et heltall.
strategy-balance-share = { $strategy ->
        [acquire] anskaffe
        [develop] utvikle
        [mobilise] mobilisere
       *[phase-out] avvikle
    } { $percent } %
strategy-balance-label = ingen `mobilise`
strategy-balance-help = se først på hva de ansatte allerede kan og kunne ha gjort mer av (KS-steg 6; Lai: mobiliser før du anskaffer eller utvikler): legg til et behov eller et tiltak med `strategy: mobilise`, for eksempel fagpersoner som veileder kolleger, eller jobbrotasjon
