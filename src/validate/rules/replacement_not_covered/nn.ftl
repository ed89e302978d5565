# Meldingane til `replacement-not-covered` på nynorsk.

replacement-not-covered-summary = Tiltaka for eit behov lukkar mindre enn gapet pluss den venta avgangen til og med `by`.
# `$need`: «behov B1»; `$recruit` = `$gap` + `$departures` (som er venta å slutte til og med
# året `$by`); `$closed`: det tiltaka lukkar; `$short`: det som manglar.
replacement-not-covered = for { $need } må { $recruit } rekrutterast (gapet på { $gap } pluss { $departures } som er venta å slutte innan { $by }), men tiltaka lukkar berre { $closed }: { $short } manglar
# Med eigne lærlingar som fullfører for behovet (`$own`).
replacement-not-covered-apprentices = for { $need } må { $recruit } rekrutterast (gapet på { $gap } pluss { $departures } som er venta å slutte innan { $by }), men tiltaka lukkar berre { $closed } og eigne lærlingar { $own }: { $short } manglar
replacement-not-covered-label = { $short } manglar
# Avgangstala ville røpe tal som blir haldne tilbake (docs/privacy.md): ingen av dei blir oppgitt.
replacement-not-covered-withheld = { $need } må òg erstatte dei som er venta å slutte innan { $by }, men tiltaka lukkar { $closed } av eit gap på { $gap } og dekkjer ikkje avgangen (avgangstala blir haldne tilbake av omsyn til personvernet)
replacement-not-covered-withheld-apprentices = { $need } må òg erstatte dei som er venta å slutte innan { $by }, men tiltaka lukkar { $closed } av eit gap på { $gap }, og saman med eigne lærlingar dekkjer dei ikkje avgangen (avgangstala blir haldne tilbake av omsyn til personvernet)
replacement-not-covered-withheld-label = avgangen er ikkje dekt
replacement-not-covered-help = auk `closes` for tiltaka, legg til eit rekrutteringstiltak eller eigne lærlingar (`apprentices` med `completing`), eller set `replace_departures: false` dersom avgangen blir erstatta på ein annan måte (skriv korleis i `rationale`)
