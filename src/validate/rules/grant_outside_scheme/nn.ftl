# Meldingane til `grant-outside-scheme` på nynorsk.

grant-outside-scheme-summary = Eit kostnadsår er før `from_year` eller etter `until_year` for finansieringskjelda.
# `$measure` er «tiltak T1», `$source` namnet på finansieringskjelda, `$year` året for kostnaden,
# `$from` `from_year` for kjelda.
grant-outside-scheme-before = ein kostnad for { $measure } frå { $source } ligg i { $year }, men ordninga betaler først frå { $from }
# `$until` er `until_year` for kjelda.
grant-outside-scheme-after = ein kostnad for { $measure } frå { $source } ligg i { $year }, men ordninga betaler berre til og med { $until }
grant-outside-scheme-label = utanfor åra til ordninga
grant-outside-scheme-help = betal det året frå ei anna kjelde (eige budsjett, ei ordning som gjeld det året), eller kontroller `from_year` og `until_year` for ordninga
