# Meldingane til `indicator-direction` på nynorsk.

indicator-direction-summary = Målet for ein indikator går mot `direction`, eller målåret eller ei måling er frå før året for utgangspunktet.
# `$indicator` er «indikator I1», `$direction` er `increase` eller `decrease`, `$target` og
# `$baseline` dei to verdiane.
indicator-direction = { $direction ->
        [increase] { $indicator } skal auke (`direction: increase`), men målet { $target } er lågare enn utgangspunktet { $baseline }
       *[other] { $indicator } skal gå ned (`direction: decrease`), men målet { $target } er høgare enn utgangspunktet { $baseline }
    }
indicator-direction-label = målet
indicator-direction-baseline = utgangspunktet
indicator-direction-direction = retninga
indicator-direction-help = rett `direction`, eller verdien for målet eller utgangspunktet
# `$year` er målåret, `$baseline` året for utgangspunktet.
indicator-direction-target-year = { $indicator } har målåret { $year }, før året for utgangspunktet ({ $baseline })
indicator-direction-target-year-help = målet er der indikatoren skal vere seinare: rett målåret eller året for utgangspunktet
# `$year` er året for målinga, `$baseline` året for utgangspunktet.
indicator-direction-measurement = { $indicator } har ei måling for { $year }, før året for utgangspunktet ({ $baseline })
indicator-direction-measurement-help = utgangspunktet skal vere det tidlegaste talet: gjer den tidlegaste målinga til utgangspunkt (`baseline`), eller rett året
indicator-direction-before-label = før utgangspunktet
indicator-direction-baseline-year = året for utgangspunktet
