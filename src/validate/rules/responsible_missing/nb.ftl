# Meldingene til `responsible-missing` på bokmål.
# TODO(translate)

responsible-missing-summary = A measure's or the evaluation's `responsible`, or the organisation's `owner`, is empty or blank.
