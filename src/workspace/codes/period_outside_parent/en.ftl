# Messages of `period-outside-parent` in English.

period-outside-parent-summary = A plan's period is not within the period of the plan it details.
# `$start`–`$end`: this plan's period; `$parent`: the parent's id; `$pstart`–`$pend`: its period.
period-outside-parent = the period { $start }–{ $end } is not within { $pstart }–{ $pend }, the period of `{ $parent }`
period-outside-parent-label = outside the parent plan's period
period-outside-parent-help = a sector plan runs within the overall plan's period: shorten the period, or revise the overall plan
