//! Rules on ids: their shape and their uniqueness across the whole plan.

use std::collections::HashMap;

use crate::diag::{Code, Finding};
use crate::validate::RuleContext;

/// Longest id allowed.
const MAX_ID_LEN: usize = 64;

/// Whether `id` matches `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id.len() <= MAX_ID_LEN
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// `invalid-id`: an id does not match the id pattern.
pub fn invalid_id(cx: &mut RuleContext<'_>) {
    for (id, kind) in cx.plan.ids() {
        if !is_valid_id(&id.value) {
            let finding = Finding::at(
                Code::InvalidId,
                id.span,
                format!("`{}` is not a valid id for {}", id.value, kind.with_article()),
            )
            .label("invalid id")
            .help("an id starts with a letter or digit, then up to 63 letters, digits, `.`, `_` or `-` (ASCII, no spaces), e.g. `B1` or `helse-fagbrev`");
            cx.push(finding);
        }
    }
}

/// `duplicate-id`: two entities share an id; both places are shown. A strategy's kind is its
/// identity, so a strategy described twice is reported here too.
pub fn duplicate_id(cx: &mut RuleContext<'_>) {
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
                cx.push(finding);
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
                cx.push(finding);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn id_pattern() {
        assert!(is_valid_id("B1"));
        assert!(is_valid_id("helse-og.omsorg_2"));
        assert!(is_valid_id(&"a".repeat(64)));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(!is_valid_id("-B1"));
        assert!(!is_valid_id("B 1"));
        assert!(!is_valid_id("bø"));
        assert!(!is_valid_id(""));
    }
}
