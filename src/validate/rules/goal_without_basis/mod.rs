//! The `goal-without-basis` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
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
            msg!(
                "goal-without-basis",
                goal = entity(EntityKind::Goal, &goal.id.value)
            ),
        )
        .label(msg!("goal-without-basis-label"))
        .help(msg!("goal-without-basis-help"));
        sink.push(finding);
    }
}
