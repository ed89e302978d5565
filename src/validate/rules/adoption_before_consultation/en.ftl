# Messages of `adoption-before-consultation` in English.

adoption-before-consultation-summary = The adoption date is before the earliest dated anchoring of kind `employee-organisations` (the drøfting with the unions).
# `$adopted` and `$discussed` are dates; `$anchoring` is the anchoring's id.
adoption-before-consultation = the plan was adopted on { $adopted }, but discussed with the employee organisations only on { $discussed } (anchoring `{ $anchoring }`)
adoption-before-consultation-label = adopted before the drøfting
adoption-before-consultation-related = the drøfting with the unions
adoption-before-consultation-help = the drøfting with the tillitsvalgte comes before the political decision: correct the date that is wrong, or record the drøfting that was held before the adoption
