//! The `measure-without-need` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `measure-without-need`: a measure's `needs` is empty.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        if !measure.needs.is_empty() {
            continue;
        }
        let finding = Finding::at(
            Code::MeasureWithoutNeed,
            measure.needs.span,
            format!("measure {} names no competence need", measure.id.value),
        )
        .label("empty list")
        .help("name the need(s) this measure closes, e.g. `needs: [B1]`; a measure without a need has no purpose in the plan");
        sink.push(finding);
    }
}
