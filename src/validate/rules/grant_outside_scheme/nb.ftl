# Meldingene til `grant-outside-scheme` på bokmål.

grant-outside-scheme-summary = Et kostnadsår er før `from_year` eller etter `until_year` for finansieringskilden.
# `$measure` er «tiltak T1», `$source` navnet på finansieringskilden, `$year` året for kostnaden,
# `$from` kildens `from_year`.
grant-outside-scheme-before = en kostnad for { $measure } fra { $source } ligger i { $year }, men ordningen betaler først fra { $from }
# `$until` er kildens `until_year`.
grant-outside-scheme-after = en kostnad for { $measure } fra { $source } ligger i { $year }, men ordningen betaler bare til og med { $until }
grant-outside-scheme-label = utenfor årene til ordningen
grant-outside-scheme-help = betal det året fra en annen kilde (eget budsjett, en ordning som gjelder det året), eller kontroller `from_year` og `until_year` for ordningen
