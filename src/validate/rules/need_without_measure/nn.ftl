# Meldingane til `need-without-measure` på nynorsk.

need-without-measure-summary = Ikkje noko tiltak viser til behovet (eit gap som ikkje er dekt).
# `$need`: «behov B2».
need-without-measure = ikkje noko tiltak viser til { $need }
need-without-measure-label = gapet er ikkje dekt
need-without-measure-help = legg `{ $id }` til i `needs` for eit tiltak (steg 6), eller forklar i `rationale` kvifor behovet ventar
