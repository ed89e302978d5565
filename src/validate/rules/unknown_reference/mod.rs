//! The `unknown-reference` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::HashMap;

use super::shared::expected_kinds;
use crate::diag::{Code, Finding, did_you_mean};
use crate::model::EntityKind;
use crate::validate::{RuleContext, Sink};

/// `unknown-reference`: a reference names no entity; the closest id of the right kind is offered.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.unparsed_files {
        return; // the ids of the unparsed file are unknown
    }
    // The ids a reference could have meant, gathered once per set of expected kinds.
    let mut candidates_for: HashMap<&[EntityKind], Vec<&str>> = HashMap::new();
    for r in &cx.index.refs {
        let id = r.id.value.as_str();
        if cx.index.ids.contains_key(id) || cx.index.unreadable.contains_key(id) {
            continue;
        }
        let candidates = candidates_for.entry(r.expected).or_insert_with(|| {
            let mut ids: Vec<&str> = cx
                .index
                .ids
                .iter()
                .filter(|(_, (kind, _))| r.expected.contains(kind))
                .map(|(id, _)| *id)
                .chain(cx.index.unreadable.keys().copied())
                .collect();
            ids.sort_unstable();
            ids
        });
        let kinds = expected_kinds(r.expected);
        let help = match did_you_mean(id, candidates.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if candidates.is_empty() => format!(
                "define {kinds} with id `{id}` in `{}`",
                r.expected[0].section().name()
            ),
            None => format!(
                "use the id of {kinds}, or define `{id}` in `{}`",
                r.expected[0].section().name()
            ),
        };
        sink.push(
            Finding::at(
                Code::UnknownReference,
                r.id.span,
                format!(
                    "{} refers to `{id}` in `{}`, but no entity has that id",
                    r.from, r.field
                ),
            )
            .label(format!("expected {kinds}"))
            .help(help),
        );
    }
}
