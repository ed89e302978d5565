//! The `no-budget-anchoring` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Label};
use crate::model::AnchoringKind;
use crate::validate::{RuleContext, Sink};

/// `no-budget-anchoring`: no anchoring of kind `economy-plan` or `budget`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may hold it
    }
    let present = cx.plan.anchoring.iter().any(|a| {
        matches!(
            a.kind.value,
            AnchoringKind::EconomyPlan | AnchoringKind::Budget
        )
    });
    if present {
        return;
    }
    let primary = match cx.plan.anchoring.first() {
        Some(a) => Some(Label::at(a.id.span).with_message("anchoring without budget")),
        None => cx.plan.manifest_file.map(Label::file),
    };
    sink.push(
        Finding::new(
            Code::NoBudgetAnchoring,
            primary,
            "the plan is not anchored in the økonomiplan or a budget",
        )
        .help("add an anchoring of kind `economy-plan` or `budget` (e.g. Økonomiplan 2025–2028) so the measures reach the budget"),
    );
}
