# Messages of `wrong-reference-kind` in English.

wrong-reference-kind-summary = A reference names an entity of another kind than expected.
# `$actual`: what the id is ("a measure"); `$from`: the entity that refers ("need B1"), `$field`
# its field; `$kinds`: what the field expects ("a goal", "a guideline or an anchoring").
wrong-reference-kind = `{ $id }` is { $actual }, but `{ $field }` of { $from } expects { $kinds }
wrong-reference-kind-label = expected { $kinds }
wrong-reference-kind-defined = `{ $id }` is defined here as { $actual }
wrong-reference-kind-help = name { $kinds } here
