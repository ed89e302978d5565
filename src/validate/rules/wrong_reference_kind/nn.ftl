# Meldingane til `wrong-reference-kind` på nynorsk.
# TODO(translate)

wrong-reference-kind-summary = A reference names an entity of another kind than expected.
