//! The `adoption-missing` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::PlanStatus;
use crate::validate::{RuleContext, Sink};

/// `adoption-missing`: `status = "adopted"` without `[plan.adoption]` body, date and case.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(manifest) = &cx.plan.manifest else {
        return;
    };
    let meta = &manifest.plan.value;
    if meta.status.value != PlanStatus::Adopted {
        return;
    }
    let adoption = meta.adoption.as_ref();
    let missing: Vec<&str> = [
        ("body", adoption.is_none_or(|a| a.body.is_none())),
        ("date", adoption.is_none_or(|a| a.date.is_none())),
        ("case", adoption.is_none_or(|a| a.case.is_none())),
    ]
    .into_iter()
    .filter(|(_, missing)| *missing)
    .map(|(name, _)| name)
    .collect();
    if missing.is_empty() {
        return;
    }
    let mut finding = Finding::at(
        Code::AdoptionMissing,
        meta.status.span,
        format!(
            "the plan is adopted, but [plan.adoption] lacks {}",
            missing.join(", ")
        ),
    )
    .label("status is adopted")
    .help("add [plan.adoption] with body = \"Kommunestyret\", date = 2025-06-19 and case = \"PS 45/25\" (as the decision reads), or set status to draft or consultation");
    if let Some(a) = adoption {
        finding = finding.related(a.span, "adoption");
    }
    sink.push(finding);
}
