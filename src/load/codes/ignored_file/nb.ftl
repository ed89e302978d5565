# Meldingene til `ignored-file` på bokmål.

ignored-file-summary = En fil ser ut som en planfil, men blir ikke lest som en (`6-tiltak.yaml.txt`): gi den nytt navn.
# Merknaden nevner filen; `$meant` er navnet den skulle ha hatt.
ignored-file = filen blir ikke lest som en planfil: gi den det nye navnet `{ $meant }`
ignored-file-help = Windows legger til `.txt` når en fil lagres som tekstdokument, og Filutforsker skjuler det hvis du ikke har slått på visning av filtyper under Vis
# `$meant` (en planfil ved siden av) blir lest.
ignored-file-beside = filen blir ikke lest som en planfil, men det blir `{ $meant }` ved siden av
ignored-file-help-beside = er denne filen en gammel kopi, kan du slette den; har den noe som `{ $meant }` mangler, flytter du det over i `{ $meant }` først
