# Meldingene til `responsible-is-person` på bokmål.

responsible-is-person-summary = En `responsible` eller `owner` er `name` til et medlem av en gruppe: planen navngir roller, ikke personer.
# `$group`: navnet på gruppen i `organisation` som har personen som medlem. Meldingene gjentar
# aldri navnet på personen.
responsible-is-person-organisation = `owner` for organiseringen er navnet på et medlem av gruppen «{ $group }», ikke en rolle
# `$measure`: «tiltak T1».
responsible-is-person-measure = `responsible` for { $measure } er navnet på et medlem av gruppen «{ $group }», ikke en rolle
responsible-is-person-evaluation = `responsible` for evalueringen er navnet på et medlem av gruppen «{ $group }», ikke en rolle
responsible-is-person-label = en person
# `$role`: `role` til medlemmet.
responsible-is-person-help = skriv rollen i stedet for personen, siden rollen består når personen slutter; medlemmet har rollen `{ $role }`
