# Meldingane til `strategy-balance` på nynorsk.

strategy-balance-summary = Ingen behov eller tiltak brukar strategien mobilisere; meldinga viser kostnaden i planen fordelt på strategiane.
# `$shares`: delen kvar strategi har av kostnaden i planen, `strategy-balance-share`-ar med «og».
strategy-balance = ingen behov eller tiltak mobiliserer kompetansen dei tilsette alt har; kostnaden i planen fordelt på strategi: { $shares }
strategy-balance-no-costs = ingen behov eller tiltak mobiliserer kompetansen dei tilsette alt har; planen har ingen kostnader enno
# `$strategy`: acquire, develop, mobilise eller phase-out; `$percent` eit heiltal.
strategy-balance-share = { $strategy ->
        [acquire] skaffe
        [develop] utvikle
        [mobilise] mobilisere
       *[phase-out] avvikle
    } { $percent } %
strategy-balance-label = ingen `mobilise`
strategy-balance-help = sjå først på kva dei tilsette alt kan og kunne ha gjort meir av (KS-steg 6; Lai: mobiliser før du skaffar eller utviklar): legg til eit behov eller eit tiltak med `strategy: mobilise`, til dømes fagpersonar som rettleier kollegaer, eller jobbrotasjon
