//! The `wrong-reference-kind` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{expected_kinds_list, kind_a, owner};
use crate::diag::{Code, Finding};
use crate::msg;
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
        let kinds = expected_kinds_list(r.expected);
        let id = r.id.value.as_str();
        sink.push(
            Finding::at(
                Code::WrongReferenceKind,
                r.id.span,
                msg!(
                    "wrong-reference-kind",
                    id = id,
                    actual = kind_a(kind),
                    field = r.field,
                    from = owner(&r.from),
                    kinds = kinds.clone()
                ),
            )
            .label(msg!("wrong-reference-kind-label", kinds = kinds.clone()))
            .related(
                span,
                msg!(
                    "wrong-reference-kind-defined",
                    id = id,
                    actual = kind_a(kind)
                ),
            )
            .help(msg!("wrong-reference-kind-help", kinds = kinds)),
        );
    }
}
