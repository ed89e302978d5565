//! The `replacement-not-covered` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{
    Unknown, closes_given, entity, maybe_caused_by, rounded as num, unknown_references_for,
};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::plan::{analysis, apprentices};
use crate::validate::{RuleContext, Sink};

/// `replacement-not-covered`: a need's measures close less than its gross recruitment need, the
/// gap plus the expected departures of its population through `by`
/// ([`analysis::replacement`]); the own apprentices completing for it
/// ([`apprentices::attribute`]) count beside the measures. A measure's `needs` that names no
/// need but is a near miss of this one (`unknown-reference` asks "did you mean …?") may hold the
/// rest: the need is then not reported; an unknown id near no need is named as a possible cause.
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
        let (id, by) = (need.id.value.as_str(), need.by.value);
        let of = entity(EntityKind::Need, id);
        let finding = if replacement.publishable(cx.withheld, threshold) {
            let short = num(recruitment - covered);
            // The apprentices were converted (for an `fte` need) with the rows of the
            // replacement, which is publishable: so are they.
            let message = if own > 0.0 {
                msg!(
                    "replacement-not-covered-apprentices",
                    need = of,
                    recruit = num(recruitment),
                    gap = num(gap),
                    departures = num(replacement.departures),
                    by = by,
                    closed = num(closed),
                    own = num(own),
                    short = short
                )
            } else {
                msg!(
                    "replacement-not-covered",
                    need = of,
                    recruit = num(recruitment),
                    gap = num(gap),
                    departures = num(replacement.departures),
                    by = by,
                    closed = num(closed),
                    short = short
                )
            };
            Finding::at(Code::ReplacementNotCovered, need.id.span, message)
                .label(msg!("replacement-not-covered-label", short = short))
        } else {
            // The departures would give away withheld figures (docs/privacy.md): none is stated.
            let message = if own > 0.0 {
                msg!(
                    "replacement-not-covered-withheld-apprentices",
                    need = of,
                    by = by,
                    closed = num(closed),
                    gap = num(gap)
                )
            } else {
                msg!(
                    "replacement-not-covered-withheld",
                    need = of,
                    by = by,
                    closed = num(closed),
                    gap = num(gap)
                )
            };
            Finding::at(Code::ReplacementNotCovered, need.id.span, message)
                .label(msg!("replacement-not-covered-withheld-label"))
        };
        let finding = finding.help(msg!("replacement-not-covered-help"));
        // A misspelled `needs` of a measure may hold the missing `closes`.
        match unknown_references_for(cx, EntityKind::Need, &[id]) {
            Unknown::NearMiss => {}
            Unknown::None => sink.push(finding),
            Unknown::Maybe(refs) => {
                sink.push(maybe_caused_by(finding, &refs, EntityKind::Need, &[id]));
            }
        }
    }
}
