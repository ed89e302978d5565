# Meldingene til `grant-status-implausible` på bokmål.

grant-status-implausible-summary = En kostnad fra et statlig tilskudd er `granted` for et år etter inneværende år, `applied` mer enn ett år fram, eller fortsatt `applied` eller `to-apply` for et år som er omme.
# `$measure` er «tiltak T1», `$source` navnet på finansieringskilden, `$year` året for kostnaden,
# `$current` inneværende år.
grant-status-implausible-granted = en kostnad for { $measure } fra { $source } står som `granted` (innvilget) for { $year }, men inneværende år er { $current }
grant-status-implausible-granted-help = staten gir tilskudd ett år om gangen: skriv `applied` når søknaden er sendt, og `to-apply` før det
grant-status-implausible-applied = en kostnad for { $measure } fra { $source } står som `applied` (søkt) for { $year }, mer enn ett år fram (inneværende år er { $current })
grant-status-implausible-applied-help = det søkes bare for neste år: skriv `to-apply` (skal søkes) for årene etter
# `$status` er `applied` eller `to-apply`.
grant-status-implausible-past = { $status ->
        [applied] en kostnad for { $measure } fra { $source } står fortsatt som `applied` (søkt) for { $year }, et år som er omme (inneværende år er { $current })
       *[other] en kostnad for { $measure } fra { $source } står fortsatt som `to-apply` (skal søkes) for { $year }, et år som er omme (inneværende år er { $current })
    }
grant-status-implausible-past-help = et tilskudd for et år som er omme, er enten innvilget eller avslått: skriv `granted` eller `rejected`
grant-status-implausible-past-label = året er omme
grant-status-implausible-future-label = ikke mulig ennå
