//! The `goal-without-indicator` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
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
            msg!(
                "goal-without-indicator",
                goal = entity(EntityKind::Goal, &goal.id.value)
            ),
        )
        .label(msg!("goal-without-indicator-label"))
        .help(msg!("goal-without-indicator-help"));
        sink.push(finding);
    }
}
