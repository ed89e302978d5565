# Meldingane til `measure-without-need` på nynorsk.

measure-without-need-summary = Lista `needs` til eit tiltak er tom.
# `$measure`: «tiltak T3».
measure-without-need = { $measure } viser ikkje til noko kompetansebehov
measure-without-need-label = tom liste
measure-without-need-help = skriv kva behov tiltaket skal dekkje, til dømes `needs: [B1]`; passar ingen av behova, legg du først inn behovet (med målet det høyrer til)
