# Meldingane til `outside-period` på nynorsk.

outside-period-summary = Datoane til eit tiltak, året for ein kostnad, `by` for eit behov eller målåret for ein indikator ligg utanfor planperioden.
# Kvar melding sluttar med planperioden, frå `$first` til `$last` (årstal). `$measure`: «tiltak
# T1»; `$field`: `start` eller `end`; `$date`: ein dato.
outside-period-measure-date = { $measure } { $field ->
        [start] startar
       *[other] sluttar
    } { $date }, utanfor planperioden { $first }–{ $last }
# `$year`: året for kostnaden.
outside-period-cost = { $measure } har ein kostnad i { $year }, utanfor planperioden { $first }–{ $last }
# `$need`: «behov B1»; `$year`: `by` for behovet.
outside-period-need = { $need } skal vere dekt innan { $year }, utanfor planperioden { $first }–{ $last }
# `$indicator`: «indikator I1»; `$year`: målåret.
outside-period-indicator = målåret { $year } for { $indicator } ligg utanfor planperioden { $first }–{ $last }
outside-period-label = utanfor perioden
outside-period-help = flytt det inn i { $first }–{ $last }, eller utvid planperioden (`period` i `kplan.toml`)
