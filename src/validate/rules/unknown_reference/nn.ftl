# Meldingane til `unknown-reference` på nynorsk.

unknown-reference-summary = Ein referanse viser til ein id som ikkje finst i planen.
# `$from` er elementet som viser til noko («tiltak T1»), `$field` feltet.
unknown-reference = { $from } viser til `{ $id }` i `{ $field }`, men planen har ikkje { $kinds } med den id-en
# `$kinds`: «eit mål eller eit behov».
unknown-reference-label = her skal det stå { $kinds }
unknown-reference-did-you-mean = meinte du `{ $id }`?
unknown-reference-define = legg til { $kinds } med id `{ $id }` i `{ $section }`
unknown-reference-use-or-define = skriv id-en til { $kinds } som finst, eller legg til { $kinds } med id `{ $id }` i `{ $section }`
