//! The `goal-without-measure` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{Unknown, entity, maybe_caused_by, unknown_references_for};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `goal-without-measure`: no measure names any of the goal's needs. A measure's `needs` that
/// names no need but is a near miss of one of them (`unknown-reference` asks "did you mean …?")
/// is the cause: the goal is then not reported; an unknown id near no need is named as a
/// possible cause.
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
            msg!(
                "goal-without-measure",
                goal = entity(EntityKind::Goal, &goal.id.value),
                needs = ids.join(", "),
                count = ids.len()
            ),
        )
        .label(msg!("goal-without-measure-label"))
        .help(msg!(
            "goal-without-measure-help",
            needs = ids.join(", "),
            count = ids.len()
        ));
        match unknown_references_for(cx, EntityKind::Need, &ids) {
            Unknown::NearMiss => {}
            Unknown::None => sink.push(finding),
            Unknown::Maybe(refs) => {
                sink.push(maybe_caused_by(finding, &refs, EntityKind::Need, &ids));
            }
        }
    }
}
