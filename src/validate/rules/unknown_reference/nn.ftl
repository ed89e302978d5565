# Meldingane til `unknown-reference` på nynorsk.

unknown-reference-summary = Ein referanse viser til ein id som ingen element har.
# `$from` er elementet som viser til noko («tiltak T1»), `$field` feltet.
unknown-reference = { $from } viser til `{ $id }` i `{ $field }`, men ingen element har den id-en
# `$kinds`: «eit mål eller eit behov».
unknown-reference-label = her skal det stå { $kinds }
unknown-reference-did-you-mean = meinte du `{ $id }`?
unknown-reference-define = legg til { $kinds } med id `{ $id }` i `{ $section }`
unknown-reference-use-or-define = bruk id-en til { $kinds }, eller legg til `{ $id }` i `{ $section }`
