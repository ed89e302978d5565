# Meldingane til `small-group` på nynorsk.

small-group-summary = Ei bemanningsrad gjeld færre personar enn `privacy_threshold`; tala i henne blir haldne tilbake frå dokumentet.
# `$row`: eininga til rada, og rolla i parentes: «hjemmetjenesten (sykepleier)». Meldinga seier
# aldri kor mange rada gjeld, berre grensa.
small-group = bemanningsrada for { $row } gjeld færre enn { $threshold } personar (personverngrensa i `privacy_threshold`)
small-group-label = lita gruppe
small-group-help = tala i rada, og i ei rad som omfattar henne (som totalen for eininga), blir haldne tilbake frå dokumentet («færre enn { $threshold }»); slå henne saman med ei anna rad (til dømes ved å utelate `role`) for å vise dei
