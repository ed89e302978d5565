# Messages of `grant-not-eligible` in English.

grant-not-eligible-summary = A `collective_only` funding source pays for a measure with `form: individual` or arena `further-education`.
