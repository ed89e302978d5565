# Meldingene til `wrong-reference-kind` på bokmål.

wrong-reference-kind-summary = En referanse viser til et element av en annen type enn feltet forventer.
# `$actual`: hva id-en er («et tiltak»); `$from`: elementet som viser til noe («behov B1»),
# `$field` feltet; `$kinds`: det feltet skal vise til («et mål», «en føring eller en forankring»).
wrong-reference-kind = `{ $id }` er { $actual }, men `{ $field }` i { $from } skal vise til { $kinds }
wrong-reference-kind-label = her skal det stå { $kinds }
wrong-reference-kind-defined = her er `{ $id }` lagt inn som { $actual }
wrong-reference-kind-help = skriv id-en til { $kinds } her
