//! The `measure-overdue` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::{EntityKind, MeasureStatus};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `measure-overdue`: today is past a measure's `end` and its status is still planned or ongoing.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let today = cx.today;
    for measure in &cx.plan.measures {
        let open = matches!(
            measure.status.value,
            MeasureStatus::Planned | MeasureStatus::Ongoing
        );
        if !open || measure.end.value >= today {
            continue;
        }
        let finding = Finding::at(
            Code::MeasureOverdue,
            measure.status.span,
            msg!(
                "measure-overdue",
                status = if measure.status.value == MeasureStatus::Planned {
                    "planned"
                } else {
                    "ongoing"
                },
                measure = entity(EntityKind::Measure, &measure.id.value),
                end = measure.end.value
            ),
        )
        .label(msg!("measure-overdue-label"))
        .related(measure.end.span, msg!("measure-overdue-end"))
        .help(msg!("measure-overdue-help", today = today));
        sink.push(finding);
    }
}
