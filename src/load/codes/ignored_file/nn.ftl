# Meldingane til `ignored-file` på nynorsk.

ignored-file-summary = Ei fil ser ut som ei planfil, men blir ikkje lesen som ei (`6-tiltak.yaml.txt`): gi henne nytt namn.
# Merknaden nemner fila; `$meant` er namnet ho skulle ha hatt.
ignored-file = fila blir ikkje lesen som ei planfil: gi henne det nye namnet `{ $meant }`
ignored-file-help = Windows legg til `.txt` når ei fil blir lagra som tekstdokument, og Filutforskar gøymer det om du ikkje har slått på vising av filtypar under Vis
# `$meant` (ei planfil ved sida av) blir lesen.
ignored-file-beside = fila blir ikkje lesen som ei planfil, men det blir `{ $meant }` ved sida av
ignored-file-help-beside = er denne fila ein gammal kopi, kan du slette henne; har ho noko som `{ $meant }` manglar, flyttar du det over i `{ $meant }` først
