//! The `need-without-measure` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{Unknown, entity, maybe_caused_by, unknown_references_for};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `need-without-measure`: no measure names the need (an uncovered gap). A measure's `needs`
/// that names no need but is a near miss of this one (`unknown-reference` asks "did you mean
/// …?") is the cause: the need is then not reported; an unknown id near no need is named as a
/// possible cause.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for need in &cx.plan.needs {
        let id = need.id.value.as_str();
        if cx.index.measures_of_need.contains_key(id) {
            continue;
        }
        let finding = Finding::at(
            Code::NeedWithoutMeasure,
            need.id.span,
            msg!("need-without-measure", need = entity(EntityKind::Need, id)),
        )
        .label(msg!("need-without-measure-label"))
        .help(msg!("need-without-measure-help", id = id));
        match unknown_references_for(cx, EntityKind::Need, &[id]) {
            Unknown::NearMiss => {}
            Unknown::None => sink.push(finding),
            Unknown::Maybe(refs) => {
                sink.push(maybe_caused_by(finding, &refs, EntityKind::Need, &[id]));
            }
        }
    }
}
