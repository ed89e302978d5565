# Meldingene til `grant-not-eligible` på bokmål.

grant-not-eligible-summary = En finansieringskilde med `collective_only` betaler for et tiltak med `form: individual` eller læringsarenaen `further-education`.
# `$measure` er «tiltak T1», `$source` navnet på finansieringskilden.
grant-not-eligible-individual = { $measure } er et individuelt tiltak, men { $source } finansierer bare kollektiv, arbeidsplassbasert kompetanseutvikling
grant-not-eligible-further-education = { $measure } er videreutdanning, men { $source } finansierer bare kollektiv, arbeidsplassbasert kompetanseutvikling
grant-not-eligible-label = ordningen dekker ikke dette
grant-not-eligible-individual-help = betal det fra en annen kilde (eget budsjett, en ordning for videreutdanning), eller gjør tiltaket kollektivt (`form: collective`) hvis en enhet lærer sammen
grant-not-eligible-further-education-help = betal videreutdanningen fra en annen kilde (eget budsjett, en ordning for videreutdanning som Kompetanse for kvalitet), eller endre `arena` hvis tiltaket er læring på arbeidsplassen
