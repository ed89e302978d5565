//! The `responsible-missing` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding, Msg};
use crate::model::{EntityKind, Text};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `responsible-missing`: a measure's or the evaluation's `responsible`, or the organisation's
/// `owner`, is empty or blank.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let mut blank = |field: &Text, message: Msg, name: &str| {
        if !field.value.trim().is_empty() {
            return;
        }
        sink.push(
            Finding::at(Code::ResponsibleMissing, field.span, message)
                .label(msg!("responsible-missing-label"))
                .help(msg!("responsible-missing-help", field = name)),
        );
    };
    if let Some(organisation) = &cx.plan.organisation {
        blank(
            &organisation.value.owner,
            msg!("responsible-missing-organisation"),
            "owner",
        );
    }
    for measure in &cx.plan.measures {
        blank(
            &measure.responsible,
            msg!(
                "responsible-missing-measure",
                measure = entity(EntityKind::Measure, &measure.id.value)
            ),
            "responsible",
        );
    }
    if let Some(evaluation) = &cx.plan.evaluation {
        blank(
            &evaluation.value.responsible,
            msg!("responsible-missing-evaluation"),
            "responsible",
        );
    }
}
