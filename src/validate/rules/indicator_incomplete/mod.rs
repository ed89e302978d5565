//! The `indicator-incomplete` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `indicator-incomplete`: an indicator has no baseline or no target.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for indicator in &cx.plan.indicators {
        let missing: Vec<&str> = [
            ("baseline", indicator.baseline.is_none()),
            ("target", indicator.target.is_none()),
        ]
        .into_iter()
        .filter(|(_, missing)| *missing)
        .map(|(name, _)| name)
        .collect();
        if missing.is_empty() {
            continue;
        }
        let finding = Finding::at(
            Code::IndicatorIncomplete,
            indicator.id.span,
            format!("indicator {} has no {}", indicator.id.value, missing.join(" and no ")),
        )
        .label("incomplete")
        .help("add `baseline: { year: 2024, value: 68 }` and `target: { year: 2028, value: 80 }` so progress can be judged");
        sink.push(finding);
    }
}
