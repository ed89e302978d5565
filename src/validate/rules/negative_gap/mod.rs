//! The `negative-gap` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::fmt_num;
use crate::diag::{Code, Finding};
use crate::model::Strategy;
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
            format!(
                "need {} requires {} but {} are already there, yet its strategy is {}",
                need.id.value,
                fmt_num(need.required.value),
                fmt_num(need.current.value),
                need.strategy.value.as_str()
            ),
        )
        .label("required is below current")
        .related(need.current.span, "current")
        .help("check `current` and `required`; if the need shrinks, the strategy is probably `mobilise` or `phase-out`");
        sink.push(finding);
    }
}
