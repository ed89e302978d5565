# Meldingene til `unknown-reference` på bokmål.

unknown-reference-summary = En referanse viser til en id som ikke finnes i planen.
# `$from` er elementet som viser til noe («tiltak T1»), `$field` feltet.
unknown-reference = { $from } viser til `{ $id }` i `{ $field }`, men planen har ikke { $kinds } med den id-en
# `$kinds`: «et mål eller et behov».
unknown-reference-label = her skal det stå { $kinds }
unknown-reference-did-you-mean = mente du `{ $id }`?
unknown-reference-define = legg til { $kinds } med id `{ $id }` i `{ $section }`
unknown-reference-use-or-define = skriv id-en til { $kinds } som finnes, eller legg til { $kinds } med id `{ $id }` i `{ $section }`
