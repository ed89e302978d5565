//! The `gap-not-closed` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{
    Unknown, closes_given, entity, maybe_caused_by, rounded, unknown_references_for,
};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::plan::apprentices;
use crate::validate::{RuleContext, Sink};

/// `gap-not-closed`: the `closes` values given for a need, with the own apprentices completing
/// for it ([`apprentices::attribute`]), add up to less than its gap. A measure's `needs` that
/// names no need but is a near miss of this one (`unknown-reference` asks "did you mean …?")
/// may hold the rest: the need is then not reported; an unknown id near no need is named as a
/// possible cause.
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
        let id = need.id.value.as_str();
        let shown = cover.as_ref().is_none_or(|c| c.publishable(cx.withheld));
        let of = entity(EntityKind::Need, id);
        let message = if own > 0.0 && !shown {
            // Converted to årsverk with a withheld row's position size: no figure of it.
            msg!(
                "gap-not-closed-apprentices-withheld",
                need = of,
                closed = closed,
                gap = gap.abs()
            )
        } else if own > 0.0 {
            msg!(
                "gap-not-closed-apprentices",
                need = of,
                closed = closed,
                own = rounded(own),
                gap = gap.abs()
            )
        } else {
            msg!(
                "gap-not-closed",
                need = of,
                closed = closed,
                gap = gap.abs()
            )
        };
        let label = if shown {
            msg!(
                "gap-not-closed-label",
                open = rounded(gap.abs() - closed - own)
            )
        } else {
            msg!("gap-not-closed-label-withheld")
        };
        let finding = Finding::at(Code::GapNotClosed, need.id.span, message)
            .label(label)
            .help(msg!("gap-not-closed-help"));
        match unknown_references_for(cx, EntityKind::Need, &[id]) {
            Unknown::NearMiss => {}
            Unknown::None => sink.push(finding),
            Unknown::Maybe(refs) => {
                sink.push(maybe_caused_by(finding, &refs, EntityKind::Need, &[id]));
            }
        }
    }
}
