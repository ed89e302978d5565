//! The `duplicate-id` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::{HashMap, HashSet};

use super::copied_file::{self, Key};
use super::shared::kind_a;
use crate::diag::{Code, Finding};
use crate::msg;
use crate::source::FileId;
use crate::validate::{RuleContext, Sink};

/// `duplicate-id`: two entities share an id; both places are shown. A strategy's kind is its
/// identity, so a strategy described twice is reported here too. What a copied file
/// (`6-tiltak - Kopi.yaml`) repeats of its original is left to `copied-file`, which reports the
/// copy once.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let copied: HashSet<(FileId, Key<'_>)> = copied_file::copies(cx)
        .into_iter()
        .flat_map(|c| c.repeated.into_iter().map(move |(key, _)| (c.copy, key)))
        .collect();
    let mut first = HashMap::new();
    for (id, kind) in cx.plan.ids_in_order() {
        if copied.contains(&(id.span.file, Key::Id(id.value.as_str()))) {
            continue;
        }
        match first.get(id.value.as_str()) {
            None => {
                first.insert(id.value.as_str(), (kind, id.span));
            }
            Some(&(first_kind, first_span)) => {
                let file = cx.sources.get(first_span.file);
                let place = format!("{}:{}", file.path, file.position(first_span.start).line);
                let finding = Finding::at(
                    Code::DuplicateId,
                    id.span,
                    msg!(
                        "duplicate-id",
                        id = id.value.as_str(),
                        first = kind_a(first_kind),
                        place = place
                    ),
                )
                .label(msg!("duplicate-id-label", kind = kind_a(kind)))
                .related(
                    first_span,
                    msg!("duplicate-id-first", kind = kind_a(first_kind)),
                )
                .help(msg!("duplicate-id-help"));
                sink.push(finding);
            }
        }
    }
    let mut strategies = HashMap::new();
    for strategy in &cx.plan.strategies {
        let kind = strategy.kind.value;
        if copied.contains(&(strategy.kind.span.file, Key::Strategy(kind.as_str()))) {
            continue;
        }
        match strategies.get(&kind) {
            None => {
                strategies.insert(kind, strategy.kind.span);
            }
            Some(&first) => {
                let finding = Finding::at(
                    Code::DuplicateId,
                    strategy.kind.span,
                    msg!("duplicate-id-strategy", strategy = kind.as_str()),
                )
                .label(msg!("duplicate-id-strategy-label"))
                .related(first, msg!("duplicate-id-strategy-first"))
                .help(msg!("duplicate-id-strategy-help"));
                sink.push(finding);
            }
        }
    }
}
