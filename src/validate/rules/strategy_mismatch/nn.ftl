# Meldingane til `strategy-mismatch` på nynorsk.

strategy-mismatch-summary = Strategien til eit tiltak er ein annan enn strategien til eit behov det viser til.
# Lenkja til behovet har sin eigen `strategy`. `$measure`: «tiltak T4», `$need`: «behov B1»;
# `$strategy`, `$of_need`: `strategy-value`-meldingar.
strategy-mismatch-link = { $measure } svarar på { $need } med strategien { $strategy }, men behovet har { $of_need }
# Den eigne `strategy` til tiltaket.
strategy-mismatch = { $measure } har strategien { $strategy }, men { $need }, som tiltaket viser til, har { $of_need }
strategy-mismatch-label-link = strategien på lenkja
strategy-mismatch-label = strategien til tiltaket
strategy-mismatch-of-need = strategien til { $need }
strategy-mismatch-help = gi tiltaket og behovet same strategi; eit tiltak som svarar på behov med ulike strategiar, kan gi lenkja sin eigen, til dømes { "`{ need: B2, closes: 6, strategy: acquire }`" }
