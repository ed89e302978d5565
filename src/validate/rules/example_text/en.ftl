# Messages of `example-text` in English.

example-text-summary = A plan file still holds example text from the `kplan init` scaffold (a note while draft, an error in consultation or adopted).
# `$file`: the file; `$count`: the texts in it that begin with `$marker` (`EKSEMPEL:`).
example-text = { $file } still holds example text from `kplan init`: { $count ->
        [one] { $count } place
       *[other] { $count } places
    } marked `{ $marker }`
example-text-label = example text
example-text-help = replace each text marked `{ $marker }` with the plan's own, or delete it (search the file for `{ $marker }`)
