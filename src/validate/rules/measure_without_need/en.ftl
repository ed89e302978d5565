# Messages of `measure-without-need` in English.

measure-without-need-summary = A measure's `needs` is empty.
# `$measure`: "measure T3".
measure-without-need = { $measure } names no competence need
measure-without-need-label = empty list
measure-without-need-help = name the needs this measure works on, e.g. `needs: [B1]`; if none of them fits, add the need (with the goal it serves) first
