# Meldingane til `responsible-is-person` på nynorsk.

responsible-is-person-summary = Ein `responsible` eller `owner` er `name` til eit medlem av ei gruppe: planen namngir roller, ikkje personar.
# `$group`: namnet på gruppa i `organisation` som har personen som medlem. Meldingane gjentek
# aldri namnet på personen.
responsible-is-person-organisation = `owner` for organiseringa er namnet på eit medlem av gruppa «{ $group }», ikkje ei rolle
# `$measure`: «tiltak T1».
responsible-is-person-measure = `responsible` for { $measure } er namnet på eit medlem av gruppa «{ $group }», ikkje ei rolle
responsible-is-person-evaluation = `responsible` for evalueringa er namnet på eit medlem av gruppa «{ $group }», ikkje ei rolle
responsible-is-person-label = ein person
# `$role`: `role` til medlemmet.
responsible-is-person-help = skriv rolla i staden for personen, sidan rolla står att når personen sluttar; medlemmet har rolla `{ $role }`
