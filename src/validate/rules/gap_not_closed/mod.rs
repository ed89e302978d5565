//! The `gap-not-closed` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::fmt_num;
use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `gap-not-closed`: the `closes` values given for a need add up to less than its gap.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for need in &cx.plan.needs {
        let Some(measures) = cx.index.measures_of_need.get(need.id.value.as_str()) else {
            continue;
        };
        let contributions: Vec<f64> = measures
            .iter()
            .flat_map(|m| m.needs.iter())
            .filter(|r| r.value.id().value == need.id.value)
            .filter_map(|r| r.value.closes().map(|c| c.value))
            .collect();
        if contributions.is_empty() {
            continue;
        }
        let gap = need.required.value - need.current.value;
        let closed: f64 = contributions.iter().sum();
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
