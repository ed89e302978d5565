//! The `not-adopted` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::PlanStatus;
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
    let (status, still) = match meta.status.value {
        PlanStatus::Draft => ("draft", "a draft"),
        PlanStatus::Consultation => ("consultation", "out for consultation"),
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
            format!(
                "the plan period began on 1 January {start}, but the plan is still {still} (today is {})",
                cx.today
            ),
        )
        .label(format!("status is {status}"))
        .related(meta.period.span, "the plan period")
        .help("have the plan adopted and set status = \"adopted\" with [plan.adoption], or move the period to the years the plan will actually cover"),
    );
}
