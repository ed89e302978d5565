# Meldingene til `wrong-reference-kind` på bokmål.
# TODO(translate)

wrong-reference-kind-summary = A reference names an entity of another kind than expected.
