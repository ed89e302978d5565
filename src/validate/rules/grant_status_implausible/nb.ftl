# Meldingene til `grant-status-implausible` på bokmål.
# TODO(translate)

grant-status-implausible-summary = A state-grant cost is `granted` for a year after today's year, `applied` more than one year ahead, or still `applied` or `to-apply` for a past year.
