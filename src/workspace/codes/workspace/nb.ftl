# Meldingene til `workspace` på bokmål.

workspace-summary = Planverket er ødelagt: en plan uten kplan.toml, et mønster som ikke treffer noe, en plan-id som er brukt to ganger eller ugyldig, en ukjent overordnet plan eller en sirkel av overordnede planer.
workspace-member-missing = planen { $member } har ingen kplan.toml
workspace-member-missing-label = ingen plan i denne mappen
workspace-member-missing-help = lag planen med `kplan init { $member }`, eller fjern mappen fra `members`
workspace-member-outside = { $member } er ikke en mappe i planverket
workspace-member-outside-label = utenfor planverket, eller en lenke
workspace-member-outside-help = planene er mapper under mappen til denne kplan.toml, uten `..` og ikke gjennom en lenke
workspace-pattern-empty = mønsteret { $member } treffer ingen mappe
workspace-pattern-empty-label = treffer ingenting
workspace-pattern-empty-help = rett mønsteret, eller fjern det fra `members`
workspace-duplicate-id = to planer har id-en `{ $id }`
workspace-duplicate-id-label = den andre planen med denne id-en
workspace-duplicate-id-help = gi én av dem en annen `id` i `[plan]` i kplan.toml
workspace-invalid-id = plan-id-en `{ $id }` er ikke en gyldig id
workspace-invalid-id-label = ikke en gyldig plan-id
workspace-invalid-id-help = sett `id` i `[plan]` til bokstaver og sifre uten æøå, `.`, `_` eller `-`, for eksempel `helse`
workspace-unknown-parent = den overordnede planen `{ $id }` finnes ikke i planverket
workspace-unknown-parent-label = ingen plan har denne id-en
workspace-unknown-parent-did-you-mean = mente du `{ $suggestion }`?
workspace-unknown-parent-help = skriv id-en til en plan i planverket (`[plan] id`, eller navnet på mappen)
workspace-parent-cycle = de overordnede planene går i sirkel: { $cycle }
workspace-parent-cycle-label = en del av sirkelen
workspace-parent-cycle-help = den overordnede planen har ingen `parent`; hver av de andre viser til planen den utdyper
