//! The `invalid-period` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `invalid-period`: the plan period, or a measure, starts after it ends.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if let Some(manifest) = &cx.plan.manifest {
        let period = &manifest.plan.period;
        if period.start.value > period.end.value {
            let finding = Finding::at(
                Code::InvalidPeriod,
                period.start.span,
                format!(
                    "the plan period starts in {} but ends in {}",
                    period.start.value, period.end.value
                ),
            )
            .label("start")
            .related(period.end.span, "end")
            .help("the period is written as { start = 2025, end = 2028 } with start <= end");
            sink.push(finding);
        }
    }
    for measure in &cx.plan.measures {
        if measure.start.value > measure.end.value {
            let finding = Finding::at(
                Code::InvalidPeriod,
                measure.start.span,
                format!(
                    "measure {} starts {} but ends {}",
                    measure.id.value, measure.start.value, measure.end.value
                ),
            )
            .label("start")
            .related(measure.end.span, "end")
            .help("swap `start` and `end`, or correct the wrong one");
            sink.push(finding);
        }
    }
}
