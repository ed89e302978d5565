//! The `adoption-before-consultation` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::AnchoringKind;
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
            format!(
                "the plan was adopted {} but discussed with the employee organisations only {} (anchoring `{}`)",
                adopted.value, date.value, drofting.id.value
            ),
        )
        .label("adopted before the drøfting")
        .related(date.span, "the drøfting with the unions")
        .help("the drøfting with the tillitsvalgte comes before the political decision: correct the date that is wrong, or record the drøfting that was held before the adoption"),
    );
}
