//! The `plan-expired` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::PlanStatus;
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
            format!(
                "the plan period ended on 31 December {end}, but the plan is still adopted (today is {})",
                cx.today
            ),
        )
        .label("status is adopted")
        .related(meta.period.span, "the plan period")
        .help("revise the plan for a new period (KS step 7), or set status = \"retired\" when a new plan has replaced it"),
    );
}
