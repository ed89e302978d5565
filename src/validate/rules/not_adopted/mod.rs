//! The `not-adopted` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::PlanStatus;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `not-adopted`: the plan period has started (today is on or after 1 January of `period.start`)
/// and the status is still `draft` or `consultation`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(manifest) = &cx.plan.manifest else {
        return;
    };
    let meta = &manifest.plan.value;
    let period = &meta.period.value;
    if period.start.value > period.end.value {
        return; // invalid-period's finding
    }
    let status = match meta.status.value {
        PlanStatus::Draft => "draft",
        PlanStatus::Consultation => "consultation",
        PlanStatus::Adopted | PlanStatus::Retired => return,
    };
    let start = period.start.value;
    if cx.today.year() < start {
        return;
    }
    sink.push(
        Finding::at(
            Code::NotAdopted,
            meta.status.span,
            msg!(
                "not-adopted",
                status = status,
                start = start,
                today = cx.today
            ),
        )
        .label(msg!("not-adopted-label", status = status))
        .related(meta.period.span, msg!("not-adopted-period"))
        .help(msg!("not-adopted-help")),
    );
}
