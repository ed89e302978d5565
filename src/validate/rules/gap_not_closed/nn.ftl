# Meldingane til `gap-not-closed` på nynorsk.

gap-not-closed-summary = `closes`-verdiane til tiltaka for eit behov blir til saman mindre enn gapet.
# `$need`: «behov B1»; `$closed`: det tiltaka lukkar, `$gap`: gapet.
gap-not-closed = tiltaka for { $need } lukkar { $closed } av eit gap på { $gap }
# Med eigne lærlingar som fullfører for behovet (`$own`).
gap-not-closed-apprentices = tiltaka for { $need } lukkar { $closed } og eigne lærlingar { $own } av eit gap på { $gap }
# Med eigne lærlingar der talet ville røpe ei bemanningsrad som blir halden tilbake.
gap-not-closed-apprentices-withheld = tiltaka for { $need } lukkar { $closed } og eigne lærlingar ein del av eit gap på { $gap }, men ikkje heile
gap-not-closed-label = { $open } står att
gap-not-closed-label-withheld = ein del av gapet står att
gap-not-closed-help = legg til tiltak eller auk `closes` for dei, eller senk `required` dersom ambisjonen er endra
