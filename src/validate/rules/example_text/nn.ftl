# Meldingane til `example-text` på nynorsk.
# TODO(translate)

example-text-summary = A plan file still holds example text from the `kplan init` scaffold (a note while draft, an error in consultation or adopted).
