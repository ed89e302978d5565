# Meldingene til `strategy-mismatch` på bokmål.

strategy-mismatch-summary = Strategien til et tiltak er en annen enn strategien til et behov det viser til.
# Lenken til behovet har sin egen `strategy`. `$measure`: «tiltak T4», `$need`: «behov B1»;
# `$strategy`, `$of_need`: `strategy-value`-meldinger.
strategy-mismatch-link = { $measure } svarer på { $need } med strategien { $strategy }, men behovet har { $of_need }
# Tiltakets egen `strategy`.
strategy-mismatch = { $measure } har strategien { $strategy }, men { $need }, som tiltaket viser til, har { $of_need }
strategy-mismatch-label-link = strategien på lenken
strategy-mismatch-label = strategien til tiltaket
strategy-mismatch-of-need = strategien til { $need }
strategy-mismatch-help = gi tiltaket og behovet samme strategi; et tiltak som svarer på behov med ulike strategier, kan gi lenken sin egen, for eksempel { "`{ need: B2, closes: 6, strategy: acquire }`" }
