# Messages of `future-fact` in English.

future-fact-summary = A measurement, an evaluation record, a milestone `done`, or a measure `completed` is dated after today.
# `$indicator`: "indicator I1"; `$year`: the year of the measurement.
future-fact-measurement = { $indicator } has a measurement for { $year }, a year that has not come yet
future-fact-measurement-label = after this year
# `$title`: the record's `title`; `$date`: its date.
future-fact-record = the evaluation record "{ $title }" is dated { $date }, after today
future-fact-after-today = after today
# `$title`: the milestone's `title`; `$date`: its date.
future-fact-milestone = the milestone "{ $title }" is marked done, but is dated { $date }, after today
future-fact-milestone-label = done
future-fact-date = date
# `$measure`: "measure T1"; `$start`: its start date.
future-fact-measure = { $measure } is `completed`, but starts { $start }, after today
future-fact-measure-label = completed
future-fact-start = start
# `$today`: today's date.
future-fact-help = a plan states what has happened by today ({ $today }): correct the date, or leave it out until it has happened
future-fact-measurement-help = a plan states what has happened by today ({ $today }): correct the year, or leave the measurement out until it has been made
future-fact-record-help = a plan states what has happened by today ({ $today }): correct the date, or leave it out until it has happened; a planned evaluation belongs in `schedule`
future-fact-measure-help = a plan states what has happened by today ({ $today }): correct the date, or the status: a measure that has not started is `planned`
