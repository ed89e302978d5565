# Messages of `strategy-mismatch` in English.

strategy-mismatch-summary = A measure's strategy differs from the strategy of a need it names.
# The link to the need has its own `strategy`. `$measure`: "measure T4", `$need`: "need B1";
# `$strategy`, `$of_need`: `strategy-value` messages.
strategy-mismatch-link = { $measure } serves { $need } by { $strategy }, but the need is { $of_need }
# The measure's own `strategy`.
strategy-mismatch = { $measure } is { $strategy }, but its need { $need } is { $of_need }
strategy-mismatch-label-link = strategy of the link
strategy-mismatch-label = strategy of the measure
strategy-mismatch-of-need = strategy of { $need }
strategy-mismatch-help = align the strategies; a measure that serves needs of several strategies gives the link its own, e.g. { "`{ need: B2, closes: 6, strategy: acquire }`" }
