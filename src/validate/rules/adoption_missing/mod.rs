//! The `adoption-missing` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Arg, Code, Finding};
use crate::model::PlanStatus;
use crate::msg;
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
    let (message, help) = match adoption {
        None => (
            msg!("adoption-missing-no-table"),
            msg!("adoption-missing-help-add"),
        ),
        Some(_) => (
            msg!(
                "adoption-missing",
                fields = Arg::and(
                    missing
                        .iter()
                        .map(|field| msg!("adoption-missing-field", field = *field))
                )
            ),
            msg!("adoption-missing-help"),
        ),
    };
    let mut finding = Finding::at(Code::AdoptionMissing, meta.status.span, message)
        .label(msg!("adoption-missing-label"))
        .help(help);
    if let Some(a) = adoption {
        finding = finding.related(a.span, msg!("adoption-missing-related"));
    }
    sink.push(finding);
}
