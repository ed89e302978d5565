# Meldingane til `adoption-before-consultation` på nynorsk.

adoption-before-consultation-summary = Vedtaksdatoen er før den første daterte forankringa av typen `employee-organisations` (drøftinga med arbeidstakarorganisasjonane).
# `$adopted` og `$discussed` er datoar; `$anchoring` er id-en til forankringa.
adoption-before-consultation = planen vart vedteken { $adopted }, men drøfta med arbeidstakarorganisasjonane først { $discussed } (forankringa `{ $anchoring }`)
adoption-before-consultation-label = vedteken før drøftinga
adoption-before-consultation-related = drøftinga med arbeidstakarorganisasjonane
adoption-before-consultation-help = drøftinga med dei tillitsvalde skal haldast før det politiske vedtaket: rett den datoen som er feil, eller før opp drøftinga som vart halden før vedtaket
