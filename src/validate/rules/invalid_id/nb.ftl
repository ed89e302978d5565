# Meldingene til `invalid-id` på bokmål.

invalid-id-summary = En id følger ikke reglene for id-er.
# `$kind`: «et mål», «en forankring».
invalid-id = `{ $id }` kan ikke brukes som id for { $kind }
invalid-id-label = ugyldig id
invalid-id-help = en id begynner med en bokstav eller et siffer, og resten kan være opptil 63 bokstaver a–z, sifre, `.`, `_` eller `-` (ikke æ, ø, å og ikke mellomrom), for eksempel `B1` eller `helse-fagbrev`; det norske navnet hører hjemme i `title` eller `name`
