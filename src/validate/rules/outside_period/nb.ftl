# Meldingene til `outside-period` på bokmål.

outside-period-summary = Datoene til et tiltak, året for en kostnad, `by` for et behov eller målåret for en indikator ligger utenfor planperioden.
# Hver melding slutter med planperioden, fra `$first` til `$last` (årstall). `$measure`: «tiltak
# T1»; `$field`: `start` eller `end`; `$date`: en dato.
outside-period-measure-date = { $measure } { $field ->
        [start] starter
       *[other] slutter
    } { $date }, utenfor planperioden { $first }–{ $last }
# `$year`: året for kostnaden.
outside-period-cost = { $measure } har en kostnad i { $year }, utenfor planperioden { $first }–{ $last }
# `$need`: «behov B1»; `$year`: `by` for behovet.
outside-period-need = { $need } skal være dekket innen { $year }, utenfor planperioden { $first }–{ $last }
# `$indicator`: «indikator I1»; `$year`: målåret.
outside-period-indicator = målåret { $year } for { $indicator } ligger utenfor planperioden { $first }–{ $last }
outside-period-label = utenfor perioden
outside-period-help = flytt det inn i { $first }–{ $last }, eller utvid planperioden (`period` i `kplan.toml`)
