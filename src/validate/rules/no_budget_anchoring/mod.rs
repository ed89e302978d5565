//! The `no-budget-anchoring` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Label};
use crate::model::AnchoringKind;
use crate::msg;
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
        Some(a) => Some(Label::at(a.id.span).with_message(msg!("no-budget-anchoring-label"))),
        None => cx.plan.manifest_file.map(Label::file),
    };
    sink.push(
        Finding::new(
            Code::NoBudgetAnchoring,
            primary,
            msg!("no-budget-anchoring"),
        )
        .help(msg!("no-budget-anchoring-help")),
    );
}
