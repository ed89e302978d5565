# Meldingene til `cross-plan-reference` på bokmål.

cross-plan-reference-summary = En henvisning til en annen plan kan ikke kontrolleres når planen kontrolleres alene.
cross-plan-reference = { $goal } viser til `{ $reference }` i planen `{ $plan }`, som bare kontrolleres i planverket
cross-plan-reference-label = id i en annen plan
cross-plan-reference-help = kjør `kplan check` i mappen til planverket (kplan.toml med `[workspace]`) for å kontrollere den
