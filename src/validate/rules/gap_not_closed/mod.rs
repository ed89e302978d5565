//! The `gap-not-closed` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{closes_given, fmt_num};
use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `gap-not-closed`: the `closes` values given for a need add up to less than its gap.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for need in &cx.plan.needs {
        let Some(closed) = closes_given(cx, need) else {
            continue;
        };
        let gap = need.required.value - need.current.value;
        if closed + 1e-9 >= gap.abs() {
            continue;
        }
        let finding = Finding::at(
            Code::GapNotClosed,
            need.id.span,
            format!(
                "the measures for need {} close {} of a gap of {}",
                need.id.value,
                fmt_num(closed),
                fmt_num(gap.abs())
            ),
        )
        .label(format!("{} left open", fmt_num(gap.abs() - closed)))
        .help("add or extend measures (`closes`), or lower `required` if the ambition changed");
        sink.push(finding);
    }
}
