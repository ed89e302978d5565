//! The `adoption-before-consultation` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::AnchoringKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `adoption-before-consultation`: `[plan.adoption] date` is before the earliest dated anchoring of
/// kind `employee-organisations` (the drøfting with the unions).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(adopted) = cx
        .plan
        .manifest
        .as_ref()
        .and_then(|m| m.plan.adoption.as_ref())
        .and_then(|a| a.date.as_ref())
    else {
        return;
    };
    let Some((drofting, date)) = cx
        .plan
        .anchoring
        .iter()
        .filter(|a| a.kind.value == AnchoringKind::EmployeeOrganisations)
        .filter_map(|a| a.date.as_ref().map(|d| (a, d)))
        .min_by_key(|(_, d)| d.value)
    else {
        return;
    };
    if adopted.value >= date.value {
        return;
    }
    sink.push(
        Finding::at(
            Code::AdoptionBeforeConsultation,
            adopted.span,
            msg!(
                "adoption-before-consultation",
                adopted = adopted.value,
                discussed = date.value,
                anchoring = &drofting.id.value
            ),
        )
        .label(msg!("adoption-before-consultation-label"))
        .related(date.span, msg!("adoption-before-consultation-related"))
        .help(msg!("adoption-before-consultation-help")),
    );
}
