//! The `unused` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::HashSet;

use super::shared::{Unknown, kind as kind_name, maybe_caused_by, unknown_references_for};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `unused`: a unit, role, competence area, guideline, ambition, funding source or indicator is
/// defined but never referenced. A reference that names no entity but is a near miss of it
/// (`unknown-reference` asks "did you mean …?") is the cause: it is then not reported; an
/// unknown id of its kind near no id is named as a possible cause.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    use EntityKind as K;
    if cx.plan.incomplete {
        return;
    }
    let used: HashSet<&str> = cx.index.refs.iter().map(|r| r.id.value.as_str()).collect();
    for (id, kind) in cx.plan.ids() {
        let checked = matches!(
            kind,
            K::Unit
                | K::Role
                | K::CompetenceArea
                | K::Guideline
                | K::Ambition
                | K::Funding
                | K::Indicator
        );
        if !checked || used.contains(id.value.as_str()) {
            continue;
        }
        let finding = Finding::at(
            Code::Unused,
            id.span,
            msg!("unused", kind = kind_name(kind), id = id.value.as_str()),
        )
        .label(msg!("unused-label"))
        .help(msg!("unused-help", kind = kind.key()));
        match unknown_references_for(cx, kind, &[id.value.as_str()]) {
            Unknown::NearMiss => {}
            Unknown::None => sink.push(finding),
            Unknown::Maybe(refs) => {
                sink.push(maybe_caused_by(finding, &refs, kind, &[id.value.as_str()]));
            }
        }
    }
}
