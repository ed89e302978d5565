//! The `goal-without-need` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `goal-without-need`: no need lists the goal in `goals`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for goal in &cx.plan.goals {
        if cx.index.needs_of_goal.contains_key(goal.id.value.as_str()) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutNeed,
            goal.id.span,
            format!("goal {} is served by no competence need", goal.id.value),
        )
        .label("no need lists this goal")
        .help(format!(
            "add `{}` to the `goals` of the needs that serve it (step 5), or remove the goal",
            goal.id.value
        ));
        sink.push(finding);
    }
}
