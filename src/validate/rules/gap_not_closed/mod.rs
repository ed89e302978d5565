//! The `gap-not-closed` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{closes_given, fmt_num, fmt_rounded};
use crate::diag::{Code, Finding};
use crate::plan::apprentices;
use crate::validate::{RuleContext, Sink};

/// `gap-not-closed`: the `closes` values given for a need, with the own apprentices completing
/// for it ([`apprentices::attribute`]), add up to less than its gap.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    let covers = apprentices::attribute(cx.plan);
    for (need, cover) in cx.plan.needs.iter().zip(&covers) {
        let Some(closed) = closes_given(cx, need) else {
            continue;
        };
        let own = cover.as_ref().map_or(0.0, |c| c.completing);
        let gap = need.required.value - need.current.value;
        if closed + own + 1e-9 >= gap.abs() {
            continue;
        }
        let id = &need.id.value;
        let shown = cover.as_ref().is_none_or(|c| c.publishable(cx.withheld));
        let message = if own > 0.0 && !shown {
            // Converted to årsverk with a withheld row's position size: no figure of it.
            format!(
                "the measures for need {id} close {} and own apprentices part of a gap of {}, not all of it",
                fmt_num(closed),
                fmt_num(gap.abs())
            )
        } else if own > 0.0 {
            format!(
                "the measures for need {id} close {} and own apprentices {} of a gap of {}",
                fmt_num(closed),
                fmt_rounded(own),
                fmt_num(gap.abs())
            )
        } else {
            format!(
                "the measures for need {id} close {} of a gap of {}",
                fmt_num(closed),
                fmt_num(gap.abs())
            )
        };
        let label = if shown {
            format!("{} left open", fmt_rounded(gap.abs() - closed - own))
        } else {
            "left open".to_owned()
        };
        let finding = Finding::at(Code::GapNotClosed, need.id.span, message)
            .label(label)
            .help("add or extend measures (`closes`), or lower `required` if the ambition changed");
        sink.push(finding);
    }
}
