# Meldingane til `responsible-missing` på nynorsk.

responsible-missing-summary = `responsible` for eit tiltak eller for evalueringa, eller `owner` for organiseringa, er tom eller blank.
responsible-missing-organisation = organiseringa har ingen eigar (`owner`)
# `$measure`: «tiltak T1».
responsible-missing-measure = { $measure } har ingen ansvarleg (`responsible`)
responsible-missing-evaluation = evalueringa har ingen ansvarleg (`responsible`)
responsible-missing-label = tom
# `$field`: `owner` eller `responsible`.
responsible-missing-help = skriv i `{ $field }` kva for ei rolle som har ansvaret, til dømes `Einingsleiar heimetenesta` eller `HR-sjef`
