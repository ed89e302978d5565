# Messages of `invalid-id` in English.

invalid-id-summary = An id does not match the id pattern.
