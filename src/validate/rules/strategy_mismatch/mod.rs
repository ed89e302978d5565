//! The `strategy-mismatch` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `strategy-mismatch`: the strategy by which a measure serves a need it names (the link's own
/// `strategy`, else the measure's) differs from the need's.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        for r in measure.needs.iter() {
            let Some(need) = cx.index.needs.get(r.value.id().value.as_str()) else {
                continue;
            };
            let (strategy, of_link) = match r.value.strategy() {
                Some(link) => (link, true),
                None => (&measure.strategy, false),
            };
            if need.strategy.value == strategy.value {
                continue;
            }
            let finding = Finding::at(
                Code::StrategyMismatch,
                strategy.span,
                if of_link {
                    format!(
                        "measure {} serves need {} by `{}`, but the need is `{}`",
                        measure.id.value,
                        need.id.value,
                        strategy.value.as_str(),
                        need.strategy.value.as_str()
                    )
                } else {
                    format!(
                        "measure {} is `{}` but its need {} is `{}`",
                        measure.id.value,
                        strategy.value.as_str(),
                        need.id.value,
                        need.strategy.value.as_str()
                    )
                },
            )
            .label(if of_link {
                "strategy of the link"
            } else {
                "strategy of the measure"
            })
            .related(need.strategy.span, format!("strategy of need {}", need.id.value))
            .help("align the strategies; a measure that serves needs of several strategies gives the link its own, e.g. `{ need: B2, closes: 6, strategy: acquire }`");
            sink.push(finding);
        }
    }
}
