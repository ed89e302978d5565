# Meldingene til `small-group` på bokmål.

small-group-summary = En bemanningsrad gjelder færre personer enn `privacy_threshold`; tallene i den holdes tilbake fra dokumentet.
# `$row`: radens enhet, og rollen i parentes: «hjemmetjenesten (sykepleier)». Meldingen oppgir
# aldri hvor mange raden gjelder, bare grensen.
small-group = bemanningsraden for { $row } gjelder færre enn { $threshold } personer (personverngrensen i `privacy_threshold`)
small-group-label = liten gruppe
small-group-help = tallene i raden, og i en rad som omfatter den (som totalen for enheten), holdes tilbake fra dokumentet («færre enn { $threshold }»); slå den sammen med en annen rad (for eksempel ved å utelate `role`) for å vise dem
