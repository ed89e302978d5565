# Messages of `wrong-reference-kind` in English.

wrong-reference-kind-summary = A reference names an entity of another kind than expected.
