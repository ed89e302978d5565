# Meldingene til `need-without-measure` på bokmål.

need-without-measure-summary = Ingen tiltak viser til behovet (et gap som ikke er dekket).
# `$need`: «behov B2».
need-without-measure = ingen tiltak viser til { $need }
need-without-measure-label = gapet er ikke dekket
need-without-measure-help = legg `{ $id }` til i `needs` for et tiltak (steg 6), eller forklar i `rationale` hvorfor behovet venter
