# Meldingane til `measure-without-cost` på nynorsk.

measure-without-cost-summary = Eit tiltak har ingen `costs`.
# `$measure`: «tiltak T1».
measure-without-cost = { $measure } har ingen kostnader
measure-without-cost-label = ikkje med i budsjettet
measure-without-cost-help = legg til `costs` per år med `amount`, `funding` og `status`, så tiltaket kjem med i budsjettet og økonomiplanen; eit tiltak som ikkje kostar noko ekstra, kan stå med `amount: 0`
