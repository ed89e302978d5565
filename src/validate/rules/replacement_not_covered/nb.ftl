# Meldingene til `replacement-not-covered` på bokmål.

replacement-not-covered-summary = Tiltakene for et behov lukker mindre enn gapet pluss den forventede avgangen til og med `by`.
# `$need`: «behov B1»; `$recruit` = `$gap` + `$departures` (som ventes å slutte til og med året
# `$by`); `$closed`: det tiltakene lukker; `$short`: det som mangler.
replacement-not-covered = for { $need } må { $recruit } rekrutteres (gapet på { $gap } pluss { $departures } som ventes å slutte innen { $by }), men tiltakene lukker bare { $closed }: { $short } mangler
# Med egne lærlinger som fullfører for behovet (`$own`).
replacement-not-covered-apprentices = for { $need } må { $recruit } rekrutteres (gapet på { $gap } pluss { $departures } som ventes å slutte innen { $by }), men tiltakene lukker bare { $closed } og egne lærlinger { $own }: { $short } mangler
replacement-not-covered-label = { $short } mangler
# Avgangstallene ville røpe tall som holdes tilbake (docs/privacy.md): ingen av dem oppgis.
replacement-not-covered-withheld = { $need } må også erstatte dem som ventes å slutte innen { $by }, men tiltakene lukker { $closed } av et gap på { $gap } og dekker ikke avgangen (avgangstallene holdes tilbake av personvernhensyn)
replacement-not-covered-withheld-apprentices = { $need } må også erstatte dem som ventes å slutte innen { $by }, men tiltakene lukker { $closed } av et gap på { $gap }, og sammen med egne lærlinger dekker de ikke avgangen (avgangstallene holdes tilbake av personvernhensyn)
replacement-not-covered-withheld-label = avgangen er ikke dekket
replacement-not-covered-help = øk `closes` for tiltakene, legg til et rekrutteringstiltak eller egne lærlinger (`apprentices` med `completing`), eller sett `replace_departures: false` hvis avgangen erstattes på en annen måte (skriv hvordan i `rationale`)
