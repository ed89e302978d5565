# Meldingene til `adoption-before-consultation` på bokmål.

adoption-before-consultation-summary = Vedtaksdatoen er før den første daterte forankringen av typen `employee-organisations` (drøftingen med arbeidstakerorganisasjonene).
# `$adopted` og `$discussed` er datoer; `$anchoring` er id-en til forankringen.
adoption-before-consultation = planen ble vedtatt { $adopted }, men drøftet med arbeidstakerorganisasjonene først { $discussed } (forankringen `{ $anchoring }`)
adoption-before-consultation-label = vedtatt før drøftingen
adoption-before-consultation-related = drøftingen med arbeidstakerorganisasjonene
adoption-before-consultation-help = drøftingen med de tillitsvalgte skal holdes før det politiske vedtaket: rett den datoen som er feil, eller før opp drøftingen som ble holdt før vedtaket
