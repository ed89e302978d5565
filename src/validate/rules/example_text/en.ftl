# Messages of `example-text` in English.

example-text-summary = A plan file still holds example text from the `kplan init` scaffold (a note while draft, an error in consultation or adopted).
