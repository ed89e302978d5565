# Meldingane til `goal-without-measure` på nynorsk.

goal-without-measure-summary = Ikkje noko tiltak viser til nokon av behova til målet.
# `$goal`: «mål G1»; `$needs`: id-ane til behova («B1, B2»), `$count` kor mange.
goal-without-measure = { $goal } har { $count ->
        [one] behovet { $needs }, men ikkje noko tiltak arbeider med det
       *[other] behova { $needs }, men ikkje noko tiltak arbeider med nokon av dei
    }
goal-without-measure-label = ikkje noko tiltak fører til dette målet
goal-without-measure-help = legg til eit tiltak som har { $count ->
        [one] { $needs }
       *[other] eitt av behova { $needs }
    } i `needs` (steg 6)
