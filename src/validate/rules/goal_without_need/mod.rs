//! The `goal-without-need` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{Unknown, entity, maybe_caused_by, unknown_references_for};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `goal-without-need`: no need lists the goal in `goals`. A need's `goals` that names no goal
/// but is a near miss of this one (`unknown-reference` asks "did you mean …?") is the cause:
/// the goal is then not reported; an unknown id near no goal is named as a possible cause.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for goal in &cx.plan.goals {
        let id = goal.id.value.as_str();
        if cx.index.needs_of_goal.contains_key(id) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutNeed,
            goal.id.span,
            msg!("goal-without-need", goal = entity(EntityKind::Goal, id)),
        )
        .label(msg!("goal-without-need-label"))
        .help(msg!("goal-without-need-help", id = id));
        match unknown_references_for(cx, EntityKind::Goal, &[id]) {
            Unknown::NearMiss => {}
            Unknown::None => sink.push(finding),
            Unknown::Maybe(refs) => {
                sink.push(maybe_caused_by(finding, &refs, EntityKind::Goal, &[id]));
            }
        }
    }
}
