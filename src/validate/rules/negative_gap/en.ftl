# Messages of `negative-gap` in English.

negative-gap-summary = `required < current` for a need whose strategy is acquire or develop.
