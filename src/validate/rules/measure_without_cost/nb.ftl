# Meldingene til `measure-without-cost` på bokmål.

measure-without-cost-summary = Et tiltak har ingen `costs`.
# `$measure`: «tiltak T1».
measure-without-cost = { $measure } har ingen kostnader
measure-without-cost-label = ikke med i budsjettet
measure-without-cost-help = legg til `costs` per år med `amount`, `funding` og `status`, så tiltaket kommer med i budsjettet og økonomiplanen; et tiltak som ikke koster noe ekstra, kan stå med `amount: 0`
