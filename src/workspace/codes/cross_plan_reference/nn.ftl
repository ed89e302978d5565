# Meldingane til `cross-plan-reference` på nynorsk.

cross-plan-reference-summary = Ei tilvising til ein annan plan kan ikkje kontrollerast når planen vert kontrollert åleine.
cross-plan-reference = { $goal } viser til `{ $reference }` i planen `{ $plan }`, som berre vert kontrollert i planverket
cross-plan-reference-label = id i ein annan plan
cross-plan-reference-help = køyr `kplan check` i mappa til planverket (kplan.toml med `[workspace]`) for å kontrollere ho
