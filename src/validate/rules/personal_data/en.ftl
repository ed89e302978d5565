# Messages of `personal-data` in English.

personal-data-summary = A text value contains a valid Norwegian national identity number.
# `$masked`: the number's first two digits and nine stars (`01*********`); never the whole number.
personal-data = this looks like a national identity number ({ $masked })
personal-data-label = identity number
# At a whole text value, when the number shows only once its escapes and line breaks are read.
personal-data-decoded-label = holds an identity number once escapes and line breaks are read
personal-data-help = remove it: a plan sent to an elected body is public and holds no personal data beyond the names and roles of those who did the work
