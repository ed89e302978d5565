# Meldingene til `responsible-missing` på bokmål.

responsible-missing-summary = `responsible` for et tiltak eller for evalueringen, eller `owner` for organiseringen, er tom eller blank.
responsible-missing-organisation = organiseringen har ingen eier (`owner`)
# `$measure`: «tiltak T1».
responsible-missing-measure = { $measure } har ingen ansvarlig (`responsible`)
responsible-missing-evaluation = evalueringen har ingen ansvarlig (`responsible`)
responsible-missing-label = tom
# `$field`: `owner` eller `responsible`.
responsible-missing-help = skriv i `{ $field }` hvilken rolle som har ansvaret, for eksempel `Enhetsleder hjemmetjenesten` eller `HR-sjef`
