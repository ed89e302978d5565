//! The `replacement-not-covered` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{closes_given, fmt_num};
use crate::diag::{Code, Finding};
use crate::plan::analysis;
use crate::validate::{RuleContext, Sink};

/// `replacement-not-covered`: a need's measures close less than its gross recruitment need, the
/// gap plus the expected departures of its population through `by`
/// ([`analysis::replacement`]).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    let threshold = cx.plan.privacy_threshold();
    for need in &cx.plan.needs {
        // The `closes` as gap-not-closed sums them; without any, need-without-measure or
        // gap-not-closed speaks.
        let Some(closed) = closes_given(cx, need) else {
            continue;
        };
        let Some(replacement) = analysis::replacement(cx.plan, need) else {
            continue;
        };
        if replacement.departures <= 0.0 {
            continue; // then the gross need is the gap: gap-not-closed's business
        }
        let gap = need.required.value - need.current.value;
        let recruitment = gap + replacement.departures;
        // Hook for own apprentices (issue 11, item 2): completing apprentices of the need's role
        // through `by` will count here beside the measures, and be named in the message.
        let covered = closed;
        if covered + 1e-9 >= recruitment {
            continue;
        }
        let (id, by) = (&need.id.value, need.by.value);
        let finding = if replacement.publishable(cx.withheld, threshold) {
            let short = recruitment - covered;
            Finding::at(
                Code::ReplacementNotCovered,
                need.id.span,
                format!(
                    "need {id} must recruit {} (gap {} + {} expected to leave by {by}); its measures close {}, {} short",
                    num(recruitment),
                    num(gap),
                    num(replacement.departures),
                    num(closed),
                    num(short),
                ),
            )
            .label(format!("{} short", num(short)))
        } else {
            // The departures would give away withheld figures (docs/privacy.md): none is stated.
            Finding::at(
                Code::ReplacementNotCovered,
                need.id.span,
                format!(
                    "need {id} must also replace those expected to leave by {by}; its measures close {} of a gap of {}, which leaves them uncovered (departures withheld for privacy)",
                    num(closed),
                    num(gap),
                ),
            )
            .label("departures not covered")
        };
        sink.push(finding.help(
            "raise the measures' `closes` or add a recruitment measure, or set `replace_departures: false` if the departures are replaced elsewhere (say where in `rationale`)",
        ));
    }
}

/// A figure as the message gives it: at most one decimal (årsverk converted by position size
/// have many).
fn num(x: f64) -> String {
    fmt_num((x * 10.0).round() / 10.0)
}
