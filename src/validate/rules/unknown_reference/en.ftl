# Messages of `unknown-reference` in English.

unknown-reference-summary = A reference names no entity.
# `$from` is the entity that refers ("measure T1"), `$field` its field.
unknown-reference = { $from } refers to `{ $id }` in `{ $field }`, which is not the id of { $kinds } in the plan
# `$kinds`: "a goal or a need".
unknown-reference-label = expected { $kinds }
unknown-reference-did-you-mean = did you mean `{ $id }`?
unknown-reference-define = define { $kinds } with id `{ $id }` in `{ $section }`
unknown-reference-use-or-define = write the id of { $kinds } that exists, or add { $kinds } with id `{ $id }` to `{ $section }`
