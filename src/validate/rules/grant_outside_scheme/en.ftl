# Messages of `grant-outside-scheme` in English.

grant-outside-scheme-summary = A cost year is before `from_year` or after `until_year` of its funding source.
