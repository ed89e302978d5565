//! The `measure-without-cost` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `measure-without-cost`: a measure has no `costs` (KS step 2: measures belong in the budget).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        if measure.costs.as_ref().is_some_and(|c| !c.is_empty()) {
            continue;
        }
        let finding = Finding::at(
            Code::MeasureWithoutCost,
            measure.id.span,
            format!("measure {} has no costs", measure.id.value),
        )
        .label("not in the budget")
        .help("add `costs` per year with `amount`, `funding` and `status`, so the measure can enter the budget and økonomiplan; a measure without cost may give `amount: 0`");
        sink.push(finding);
    }
}
