//! The `duplicate-id` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::HashMap;

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `duplicate-id`: two entities share an id; both places are shown. A strategy's kind is its
/// identity, so a strategy described twice is reported here too.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let mut first = HashMap::new();
    for (id, kind) in cx.plan.ids_in_order() {
        match first.get(id.value.as_str()) {
            None => {
                first.insert(id.value.as_str(), (kind, id.span));
            }
            Some(&(first_kind, first_span)) => {
                let path = &cx.sources.get(first_span.file).path;
                let line = cx
                    .sources
                    .get(first_span.file)
                    .position(first_span.start)
                    .line;
                let finding = Finding::at(
                    Code::DuplicateId,
                    id.span,
                    format!(
                        "id `{}` is already used by {} ({path}:{line})",
                        id.value,
                        first_kind.with_article()
                    ),
                )
                .label(format!("{} defined again", kind.noun()))
                .related(
                    first_span,
                    format!("first used here by {}", first_kind.with_article()),
                )
                .help(
                    "ids are unique across the whole plan, all kinds together: rename one of them",
                );
                sink.push(finding);
            }
        }
    }
    let mut strategies = HashMap::new();
    for strategy in &cx.plan.strategies {
        let kind = strategy.kind.value;
        match strategies.get(&kind) {
            None => {
                strategies.insert(kind, strategy.kind.span);
            }
            Some(&first) => {
                let finding = Finding::at(
                    Code::DuplicateId,
                    strategy.kind.span,
                    format!("strategy `{}` is described twice", kind.as_str()),
                )
                .label("described again")
                .related(first, "first described here")
                .help("`strategies` holds at most one entry per kind: merge the two descriptions");
                sink.push(finding);
            }
        }
    }
}
