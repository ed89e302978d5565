# Messages of `missing-step` in English.

missing-step-summary = One of the seven steps has no content at all.
