# Meldingane til `grant-not-eligible` på nynorsk.

grant-not-eligible-summary = Ei finansieringskjelde med `collective_only` betaler for eit tiltak med `form: individual` eller læringsarenaen `further-education`.
# `$measure` er «tiltak T1», `$source` namnet på finansieringskjelda.
grant-not-eligible-individual = { $measure } er eit individuelt tiltak, men { $source } finansierer berre kollektiv, arbeidsplassbasert kompetanseutvikling
grant-not-eligible-further-education = { $measure } er vidareutdanning, men { $source } finansierer berre kollektiv, arbeidsplassbasert kompetanseutvikling
grant-not-eligible-label = ordninga dekkjer ikkje dette
grant-not-eligible-individual-help = betal det frå ei anna kjelde (eige budsjett, ei ordning for vidareutdanning), eller gjer tiltaket kollektivt (`form: collective`) dersom ei eining lærer saman
grant-not-eligible-further-education-help = betal vidareutdanninga frå ei anna kjelde (eige budsjett, ei ordning for vidareutdanning som Kompetanse for kvalitet), eller endre `arena` dersom tiltaket er læring på arbeidsplassen
