# Meldingene til `goal-without-measure` på bokmål.

goal-without-measure-summary = Ingen tiltak viser til noen av behovene til målet.
# `$goal`: «mål G1»; `$needs`: id-ene til behovene («B1, B2»), `$count` hvor mange.
goal-without-measure = { $goal } har { $count ->
        [one] behovet { $needs }, men ingen tiltak arbeider med det
       *[other] behovene { $needs }, men ingen tiltak arbeider med noen av dem
    }
goal-without-measure-label = ingen tiltak fører til dette målet
goal-without-measure-help = legg til et tiltak som har { $count ->
        [one] { $needs }
       *[other] ett av behovene { $needs }
    } i `needs` (steg 6)
