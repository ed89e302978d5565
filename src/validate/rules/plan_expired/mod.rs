//! The `plan-expired` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::PlanStatus;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `plan-expired`: today is after the plan period's end (31 December of `period.end`) and the
/// status is still `adopted`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(manifest) = &cx.plan.manifest else {
        return;
    };
    let meta = &manifest.plan.value;
    let period = &meta.period.value;
    if period.start.value > period.end.value {
        return; // invalid-period's finding
    }
    if meta.status.value != PlanStatus::Adopted {
        return;
    }
    let end = period.end.value;
    if cx.today.year() <= end {
        return;
    }
    sink.push(
        Finding::at(
            Code::PlanExpired,
            meta.status.span,
            msg!("plan-expired", end = end, today = cx.today),
        )
        .label(msg!("plan-expired-label"))
        .related(meta.period.span, msg!("plan-expired-period"))
        .help(msg!("plan-expired-help")),
    );
}
