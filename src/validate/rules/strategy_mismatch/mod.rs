//! The `strategy-mismatch` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `strategy-mismatch`: a measure's strategy differs from the strategy of a need it names.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        for r in measure.needs.iter() {
            let Some(need) = cx.index.needs.get(r.value.id().value.as_str()) else {
                continue;
            };
            if need.strategy.value == measure.strategy.value {
                continue;
            }
            let finding = Finding::at(
                Code::StrategyMismatch,
                measure.strategy.span,
                format!(
                    "measure {} is `{}` but its need {} is `{}`",
                    measure.id.value,
                    measure.strategy.value.as_str(),
                    need.id.value,
                    need.strategy.value.as_str()
                ),
            )
            .label("strategy of the measure")
            .related(need.strategy.span, format!("strategy of need {}", need.id.value))
            .help("align the strategies, or split the measure so each part serves needs of one strategy");
            sink.push(finding);
        }
    }
}
