# Meldingene til `contributes-to-non-ancestor` på bokmål.

contributes-to-non-ancestor-summary = En henvisning til en annen plan viser til en plan som ikke står over denne.
contributes-to-non-ancestor = { $goal } viser til { $reference } i `{ $field }`, men `{ $plan }` er ikke en plan som denne planen utdyper
contributes-to-non-ancestor-label = ikke en overordnet plan
contributes-to-non-ancestor-help = et mål bidrar til målene i planene over det (`parent`, planen over den, …): vis til én av dem, eller sett `parent` i `[plan]`
contributes-to-non-ancestor-local = { $goal } viser til `{ $reference }` i `contributes_to` uten å si hvilken plan
contributes-to-non-ancestor-local-label = ingen plan oppgitt
contributes-to-non-ancestor-local-help = `contributes_to` viser til mål i en overordnet plan som `PLAN-ID:ID`, for eksempel `overordnet:G1`
