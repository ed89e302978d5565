# Meldingene til `indicator-direction` på bokmål.

indicator-direction-summary = Målet for en indikator går mot `direction`, eller målåret eller en måling er fra før året for utgangspunktet.
# `$indicator` er «indikator I1», `$direction` er `increase` eller `decrease`, `$target` og
# `$baseline` de to verdiene.
indicator-direction = { $direction ->
        [increase] { $indicator } skal øke (`direction: increase`), men målet { $target } er lavere enn utgangspunktet { $baseline }
       *[other] { $indicator } skal gå ned (`direction: decrease`), men målet { $target } er høyere enn utgangspunktet { $baseline }
    }
indicator-direction-label = målet
indicator-direction-baseline = utgangspunktet
indicator-direction-direction = retningen
indicator-direction-help = rett `direction`, eller verdien for målet eller utgangspunktet
# `$year` er målåret, `$baseline` året for utgangspunktet.
indicator-direction-target-year = { $indicator } har målåret { $year }, før året for utgangspunktet ({ $baseline })
indicator-direction-target-year-help = målet er der indikatoren skal være senere: rett målåret eller året for utgangspunktet
# `$year` er året for målingen, `$baseline` året for utgangspunktet.
indicator-direction-measurement = { $indicator } har en måling for { $year }, før året for utgangspunktet ({ $baseline })
indicator-direction-measurement-help = utgangspunktet skal være det tidligste tallet: gjør den tidligste målingen til utgangspunkt (`baseline`), eller rett året
indicator-direction-before-label = før utgangspunktet
indicator-direction-baseline-year = året for utgangspunktet
