//! The `indicator-incomplete` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `indicator-incomplete`: an indicator has no baseline or no target.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for indicator in &cx.plan.indicators {
        let missing = match (indicator.baseline.is_none(), indicator.target.is_none()) {
            (false, false) => continue,
            (true, false) => "baseline",
            (false, true) => "target",
            (true, true) => "both",
        };
        let finding = Finding::at(
            Code::IndicatorIncomplete,
            indicator.id.span,
            msg!(
                "indicator-incomplete",
                indicator = entity(EntityKind::Indicator, &indicator.id.value),
                missing = missing
            ),
        )
        .label(msg!("indicator-incomplete-label"))
        .help(msg!("indicator-incomplete-help", missing = missing));
        sink.push(finding);
    }
}
