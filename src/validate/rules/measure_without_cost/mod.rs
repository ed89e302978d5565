//! The `measure-without-cost` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
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
            msg!(
                "measure-without-cost",
                measure = entity(EntityKind::Measure, &measure.id.value)
            ),
        )
        .label(msg!("measure-without-cost-label"))
        .help(msg!("measure-without-cost-help"));
        sink.push(finding);
    }
}
