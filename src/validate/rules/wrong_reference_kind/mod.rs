//! The `wrong-reference-kind` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::expected_kinds;
use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `wrong-reference-kind`: a reference names an entity of another kind ("T1 is a measure,
/// expected a goal").
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for r in &cx.index.refs {
        let Some(&(kind, span)) = cx.index.ids.get(r.id.value.as_str()) else {
            continue;
        };
        let duplicates = cx.index.duplicated.get(r.id.value.as_str());
        if r.expected.contains(&kind)
            || duplicates.is_some_and(|k| k.iter().any(|k| r.expected.contains(k)))
        {
            continue; // a duplicated id is reported once, by duplicate-id
        }
        let kinds = expected_kinds(r.expected);
        sink.push(
            Finding::at(
                Code::WrongReferenceKind,
                r.id.span,
                format!(
                    "`{}` is {}, but `{}` of {} expects {kinds}",
                    r.id.value,
                    kind.with_article(),
                    r.field,
                    r.from
                ),
            )
            .label(format!("expected {kinds}"))
            .related(
                span,
                format!(
                    "`{}` is defined here as {}",
                    r.id.value,
                    kind.with_article()
                ),
            )
            .help(format!("name {kinds} here")),
        );
    }
}
