# Meldingene til `goal-without-need` på bokmål.

goal-without-need-summary = Ingen behov har målet i `goals`.
# `$goal`: «mål G2».
goal-without-need = { $goal } har ingen kompetansebehov
goal-without-need-label = ingen behov viser til dette målet
goal-without-need-help = legg `{ $id }` til i `goals` for behovene som skal bidra til målet (steg 5), eller fjern målet
