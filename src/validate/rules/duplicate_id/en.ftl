# Messages of `duplicate-id` in English.

duplicate-id-summary = Two entities share an id.
