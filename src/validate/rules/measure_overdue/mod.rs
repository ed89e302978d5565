//! The `measure-overdue` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::MeasureStatus;
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
            format!(
                "measure {} ended {} but is still {}",
                measure.id.value,
                measure.end.value,
                if measure.status.value == MeasureStatus::Planned {
                    "planned"
                } else {
                    "ongoing"
                }
            ),
        )
        .label("status not updated")
        .related(measure.end.span, "end date")
        .help(format!(
            "set `status` to completed, postponed or cancelled, or move `end` (today is {today})"
        ));
        sink.push(finding);
    }
}
