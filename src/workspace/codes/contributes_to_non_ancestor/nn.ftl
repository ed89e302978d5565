# Meldingane til `contributes-to-non-ancestor` på nynorsk.

contributes-to-non-ancestor-summary = Ei tilvising til ein annan plan viser til ein plan som ikkje står over denne.
contributes-to-non-ancestor = { $goal } viser til { $reference } i `{ $field }`, men `{ $plan }` er ikkje ein plan som denne planen utdjupar
contributes-to-non-ancestor-label = ikkje ein overordna plan
contributes-to-non-ancestor-help = eit mål bidreg til måla i planane over det (`parent`, planen over den, …): vis til ein av dei, eller set `parent` i `[plan]`
contributes-to-non-ancestor-local = { $goal } viser til `{ $reference }` i `contributes_to` utan å seie kva plan
contributes-to-non-ancestor-local-label = ingen plan oppgjeven
contributes-to-non-ancestor-local-help = `contributes_to` viser til mål i ein overordna plan som `PLAN-ID:ID`, til dømes `overordna:G1`
