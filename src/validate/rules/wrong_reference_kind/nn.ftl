# Meldingane til `wrong-reference-kind` på nynorsk.

wrong-reference-kind-summary = Ein referanse viser til eit element av ein annan type enn feltet ventar.
# `$actual`: kva id-en er («eit tiltak»); `$from`: elementet som viser til noko («behov B1»),
# `$field` feltet; `$kinds`: det feltet skal vise til («eit mål», «ei føring eller ei forankring»).
wrong-reference-kind = `{ $id }` er { $actual }, men `{ $field }` i { $from } skal vise til { $kinds }
wrong-reference-kind-label = her skal det stå { $kinds }
wrong-reference-kind-defined = her er `{ $id }` lagt inn som { $actual }
wrong-reference-kind-help = skriv id-en til { $kinds } her
