# Meldingane til `invalid-id` på nynorsk.

invalid-id-summary = Ein id følgjer ikkje reglane for id-ar.
# `$kind`: «eit mål», «ei forankring».
invalid-id = `{ $id }` kan ikkje brukast som id for { $kind }
invalid-id-label = ugyldig id
invalid-id-help = ein id byrjar med ein bokstav eller eit siffer, og resten kan vere opptil 63 bokstavar a–z, siffer, `.`, `_` eller `-` (ikkje æ, ø, å og ikkje mellomrom), til dømes `B1` eller `helse-fagbrev`; det norske namnet høyrer heime i `title` eller `name`
