//! The `measure-without-need` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
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
            msg!(
                "measure-without-need",
                measure = entity(EntityKind::Measure, &measure.id.value)
            ),
        )
        .label(msg!("measure-without-need-label"))
        .help(msg!("measure-without-need-help"));
        sink.push(finding);
    }
}
