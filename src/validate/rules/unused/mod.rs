//! The `unused` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::HashSet;

use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::validate::{RuleContext, Sink};

/// `unused`: a unit, role, competence area, guideline, ambition, funding source or indicator is
/// defined but never referenced.
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
        let how = match kind {
            K::Unit => "a need, measure, workforce row or child unit",
            K::Role => "a need (`role`), measure (`target_group`) or workforce row",
            K::CompetenceArea => "a need (`area`)",
            K::Guideline => "a goal (`based_on`)",
            K::Ambition => "a goal (`ambition`)",
            K::Funding => "a measure cost (`funding`)",
            _ => "a goal or measure (`indicators`)",
        };
        sink.push(
            Finding::at(
                Code::Unused,
                id.span,
                format!("{} `{}` is never referenced", kind.noun(), id.value),
            )
            .label("defined but not used")
            .help(format!("refer to it from {how}, or remove it")),
        );
    }
}
