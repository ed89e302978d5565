# Meldingane til `grant-status-implausible` på nynorsk.

grant-status-implausible-summary = Ein kostnad frå eit statleg tilskot er `granted` for eit år etter inneverande år, `applied` meir enn eitt år fram, eller framleis `applied` eller `to-apply` for eit år som er omme.
# `$measure` er «tiltak T1», `$source` namnet på finansieringskjelda, `$year` året for kostnaden,
# `$current` inneverande år.
grant-status-implausible-granted = ein kostnad for { $measure } frå { $source } står som `granted` (innvilga) for { $year }, men inneverande år er { $current }
grant-status-implausible-granted-help = staten gir tilskot eitt år om gongen: skriv `applied` når søknaden er send, og `to-apply` før det
grant-status-implausible-applied = ein kostnad for { $measure } frå { $source } står som `applied` (søkt) for { $year }, meir enn eitt år fram (inneverande år er { $current })
grant-status-implausible-applied-help = ein søkjer berre for neste år: skriv `to-apply` (skal søkjast) for åra etter
# `$status` er `applied` eller `to-apply`.
grant-status-implausible-past = { $status ->
        [applied] ein kostnad for { $measure } frå { $source } står framleis som `applied` (søkt) for { $year }, eit år som er omme (inneverande år er { $current })
       *[other] ein kostnad for { $measure } frå { $source } står framleis som `to-apply` (skal søkjast) for { $year }, eit år som er omme (inneverande år er { $current })
    }
grant-status-implausible-past-help = eit tilskot for eit år som er omme, er anten innvilga eller avslått: skriv `granted` eller `rejected`
grant-status-implausible-past-label = året er omme
grant-status-implausible-future-label = ikkje mogleg enno
