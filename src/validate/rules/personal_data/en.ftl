# Messages of `personal-data` in English.

personal-data-summary = A text value contains a valid Norwegian national identity number.
