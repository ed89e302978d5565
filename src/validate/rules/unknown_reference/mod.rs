//! The `unknown-reference` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::HashMap;

use super::shared::{expected_kinds_list, owner};
use crate::diag::{Code, Finding, did_you_mean};
use crate::model::EntityKind;
use crate::msg;
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
        let kinds = expected_kinds_list(r.expected);
        let section = r.expected[0].section().name();
        let help = match did_you_mean(id, candidates.iter().copied()) {
            Some(s) => msg!("unknown-reference-did-you-mean", id = s),
            None if candidates.is_empty() => msg!(
                "unknown-reference-define",
                kinds = kinds.clone(),
                id = id,
                section = section
            ),
            None => msg!(
                "unknown-reference-use-or-define",
                kinds = kinds.clone(),
                id = id,
                section = section
            ),
        };
        sink.push(
            Finding::at(
                Code::UnknownReference,
                r.id.span,
                msg!(
                    "unknown-reference",
                    from = owner(&r.from),
                    id = id,
                    field = r.field,
                    kinds = kinds.clone()
                ),
            )
            .label(msg!("unknown-reference-label", kinds = kinds))
            .help(help),
        );
    }
}
