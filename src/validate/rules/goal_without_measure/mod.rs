//! The `goal-without-measure` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `goal-without-measure`: no measure names any of the goal's needs.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for goal in &cx.plan.goals {
        let Some(needs) = cx.index.needs_of_goal.get(goal.id.value.as_str()) else {
            continue; // goal-without-need already says more
        };
        let served = needs
            .iter()
            .any(|n| cx.index.measures_of_need.contains_key(n.id.value.as_str()));
        if served {
            continue;
        }
        let ids: Vec<&str> = needs.iter().map(|n| n.id.value.as_str()).collect();
        let finding = Finding::at(
            Code::GoalWithoutMeasure,
            goal.id.span,
            format!(
                "goal {} has needs ({}) but no measure works on any of them",
                goal.id.value,
                ids.join(", ")
            ),
        )
        .label("no measure reaches this goal")
        .help(format!(
            "add a measure whose `needs` names {} (step 6)",
            ids.join(" or ")
        ));
        sink.push(finding);
    }
}
