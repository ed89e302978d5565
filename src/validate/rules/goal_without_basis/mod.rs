//! The `goal-without-basis` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `goal-without-basis`: a goal has no `based_on`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for goal in &cx.plan.goals {
        if goal.based_on.as_ref().is_some_and(|b| !b.is_empty()) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutBasis,
            goal.id.span,
            format!("goal {} rests on no guideline or anchoring", goal.id.value),
        )
        .label("no `based_on`")
        .help("add `based_on: [...]` naming the guidelines (laws, norms, plans) or anchoring decisions behind the goal");
        sink.push(finding);
    }
}
