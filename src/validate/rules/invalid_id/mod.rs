//! The `invalid-id` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::kind_a;
use crate::diag::{Code, Finding};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// Longest id allowed.
const MAX_ID_LEN: usize = 64;

/// Whether `id` matches [`crate::model::ID_PATTERN`] (the JSON Schemas carry that pattern;
/// `tests/schema.rs` checks both accept the same ids).
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id.len() <= MAX_ID_LEN
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// `invalid-id`: an id does not match the id pattern.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for (id, kind) in cx.plan.ids() {
        if !is_valid_id(&id.value) {
            let finding = Finding::at(
                Code::InvalidId,
                id.span,
                msg!("invalid-id", id = id.value.as_str(), kind = kind_a(kind)),
            )
            .label(msg!("invalid-id-label"))
            .help(msg!("invalid-id-help"));
            sink.push(finding);
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
