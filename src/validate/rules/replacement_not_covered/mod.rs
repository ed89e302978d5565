//! The `replacement-not-covered` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{closes_given, fmt_rounded as num};
use crate::diag::{Code, Finding};
use crate::plan::{analysis, apprentices};
use crate::validate::{RuleContext, Sink};

/// `replacement-not-covered`: a need's measures close less than its gross recruitment need, the
/// gap plus the expected departures of its population through `by`
/// ([`analysis::replacement`]); the own apprentices completing for it
/// ([`apprentices::attribute`]) count beside the measures.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    let threshold = cx.plan.privacy_threshold();
    let covers = apprentices::attribute(cx.plan);
    for (need, cover) in cx.plan.needs.iter().zip(&covers) {
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
        let own = cover.as_ref().map_or(0.0, |c| c.completing);
        let covered = closed + own;
        if covered + 1e-9 >= recruitment {
            continue;
        }
        let (id, by) = (&need.id.value, need.by.value);
        let finding = if replacement.publishable(cx.withheld, threshold) {
            let short = recruitment - covered;
            // The apprentices were converted (for an `fte` need) with the rows of the
            // replacement, which is publishable: so are they.
            let cover = if own > 0.0 {
                format!(
                    "its measures close {} and own apprentices {}",
                    num(closed),
                    num(own)
                )
            } else {
                format!("its measures close {}", num(closed))
            };
            Finding::at(
                Code::ReplacementNotCovered,
                need.id.span,
                format!(
                    "need {id} must recruit {} (gap {} + {} expected to leave by {by}); {cover}, {} short",
                    num(recruitment),
                    num(gap),
                    num(replacement.departures),
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
                    "need {id} must also replace those expected to leave by {by}; its measures close {} of a gap of {}{}, which leaves them uncovered (departures withheld for privacy)",
                    num(closed),
                    num(gap),
                    if own > 0.0 { ", with own apprentices" } else { "" },
                ),
            )
            .label("departures not covered")
        };
        sink.push(finding.help(
            "raise the measures' `closes`, add a recruitment measure or own apprentices (`apprentices` with `completing`), or set `replace_departures: false` if the departures are replaced elsewhere (say where in `rationale`)",
        ));
    }
}
