//! The `negative-gap` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::{EntityKind, Strategy};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `negative-gap`: `required < current` for a need to acquire or develop.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for need in &cx.plan.needs {
        let growing = matches!(need.strategy.value, Strategy::Acquire | Strategy::Develop);
        if !growing || need.required.value >= need.current.value {
            continue;
        }
        let finding = Finding::at(
            Code::NegativeGap,
            need.required.span,
            msg!(
                "negative-gap",
                need = entity(EntityKind::Need, &need.id.value),
                required = need.required.value,
                current = need.current.value,
                strategy = msg!("strategy-value", strategy = need.strategy.value.as_str())
            ),
        )
        .label(msg!("negative-gap-label"))
        .related(need.current.span, msg!("negative-gap-current"))
        .help(msg!("negative-gap-help"));
        sink.push(finding);
    }
}
