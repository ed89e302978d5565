# Meldingene til `measure-without-need` på bokmål.

measure-without-need-summary = `needs`-listen til et tiltak er tom.
# `$measure`: «tiltak T3».
measure-without-need = { $measure } viser ikke til noe kompetansebehov
measure-without-need-label = tom liste
measure-without-need-help = skriv hvilke behov tiltaket skal dekke, for eksempel `needs: [B1]`; passer ingen av behovene, legger du først inn behovet (med målet det hører til)
