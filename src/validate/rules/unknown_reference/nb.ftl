# Meldingene til `unknown-reference` på bokmål.

unknown-reference-summary = En referanse viser til en id som ingen elementer har.
# `$from` er elementet som viser til noe («tiltak T1»), `$field` feltet.
unknown-reference = { $from } viser til `{ $id }` i `{ $field }`, men ingen elementer har den id-en
# `$kinds`: «et mål eller et behov».
unknown-reference-label = her skal det stå { $kinds }
unknown-reference-did-you-mean = mente du `{ $id }`?
unknown-reference-define = legg til { $kinds } med id `{ $id }` i `{ $section }`
unknown-reference-use-or-define = bruk id-en til { $kinds }, eller legg til `{ $id }` i `{ $section }`
