# Meldingene til `gap-not-closed` på bokmål.

gap-not-closed-summary = `closes`-verdiene til tiltakene for et behov blir til sammen mindre enn gapet.
# `$need`: «behov B1»; `$closed`: det tiltakene lukker, `$gap`: gapet.
gap-not-closed = tiltakene for { $need } lukker { $closed } av et gap på { $gap }
# Med egne lærlinger som fullfører for behovet (`$own`).
gap-not-closed-apprentices = tiltakene for { $need } lukker { $closed } og egne lærlinger { $own } av et gap på { $gap }
# Med egne lærlinger der tallet ville røpe en bemanningsrad som holdes tilbake.
gap-not-closed-apprentices-withheld = tiltakene for { $need } lukker { $closed } og egne lærlinger en del av et gap på { $gap }, men ikke hele
gap-not-closed-label = { $open } står igjen
gap-not-closed-label-withheld = en del av gapet står igjen
gap-not-closed-help = legg til tiltak eller øk `closes` for dem, eller senk `required` hvis ambisjonen er endret
