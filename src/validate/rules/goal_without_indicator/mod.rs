//! The `goal-without-indicator` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `goal-without-indicator`: a goal has no indicator (KS step 3: can the goal be measured?).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for goal in &cx.plan.goals {
        if goal.indicators.as_ref().is_some_and(|i| !i.is_empty()) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutIndicator,
            goal.id.span,
            format!("goal {} has no indicator", goal.id.value),
        )
        .label("how will this be measured?")
        .help("add `indicators: [I1]` naming an indicator with a baseline and a target (step 7)");
        sink.push(finding);
    }
}
