# Meldingane til `workspace` på nynorsk.

workspace-summary = Planverket er øydelagt: ein plan utan kplan.toml, eit mønster som ikkje treffer noko, ein plan-id som er brukt to gonger eller er ugyldig, ein ukjend overordna plan eller ein sirkel av overordna planar.
workspace-member-missing = planen { $member } har ingen kplan.toml
workspace-member-missing-label = ingen plan i denne mappa
workspace-member-missing-help = lag planen med `kplan init { $member }`, eller fjern mappa frå `members`
workspace-member-outside = { $member } er ikkje ei mappe i planverket
workspace-member-outside-label = utanfor planverket, eller ei lenkje
workspace-member-outside-help = planane er mapper under mappa til denne kplan.toml, utan `..` og ikkje gjennom ei lenkje
workspace-pattern-empty = mønsteret { $member } treffer inga mappe
workspace-pattern-empty-label = treffer ingenting
workspace-pattern-empty-help = rett mønsteret, eller fjern det frå `members`
workspace-duplicate-id = to planar har id-en `{ $id }`
workspace-duplicate-id-label = den andre planen med denne id-en
workspace-duplicate-id-help = gje ein av dei ein annan `id` i `[plan]` i kplan.toml
workspace-invalid-id = plan-id-en `{ $id }` er ikkje ein gyldig id
workspace-invalid-id-label = ikkje ein gyldig plan-id
workspace-invalid-id-help = set `id` i `[plan]` til bokstavar og siffer utan æøå, `.`, `_` eller `-`, til dømes `helse`
workspace-unknown-parent = den overordna planen `{ $id }` finst ikkje i planverket
workspace-unknown-parent-label = ingen plan har denne id-en
workspace-unknown-parent-did-you-mean = meinte du `{ $suggestion }`?
workspace-unknown-parent-help = skriv id-en til ein plan i planverket (`[plan] id`, eller namnet på mappa)
workspace-parent-cycle = dei overordna planane går i sirkel: { $cycle }
workspace-parent-cycle-label = ein del av sirkelen
workspace-parent-cycle-help = den overordna planen har ingen `parent`; kvar av dei andre viser til planen han utdjupar
