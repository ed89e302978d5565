# Messages of `responsible-missing` in English.

responsible-missing-summary = A measure's or the evaluation's `responsible`, or the organisation's `owner`, is empty or blank.
responsible-missing-organisation = the organisation has no `owner`
# `$measure`: "measure T1".
responsible-missing-measure = { $measure } has no `responsible`
responsible-missing-evaluation = the evaluation has no `responsible`
responsible-missing-label = empty
# `$field`: `owner` or `responsible`.
responsible-missing-help = name the role that answers for it in `{ $field }`, e.g. `Enhetsleder hjemmetjenesten` or `HR-sjef`
