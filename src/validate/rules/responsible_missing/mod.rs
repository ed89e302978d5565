//! The `responsible-missing` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::Text;
use crate::validate::{RuleContext, Sink};

/// `responsible-missing`: a measure's or the evaluation's `responsible`, or the organisation's
/// `owner`, is empty or blank.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let mut blank = |field: &Text, what: String, name: &str| {
        if !field.value.trim().is_empty() {
            return;
        }
        sink.push(
            Finding::at(
                Code::ResponsibleMissing,
                field.span,
                format!("{what} has no `{name}`"),
            )
            .label("empty")
            .help(format!(
                "name the role that answers for it in `{name}`, e.g. `Enhetsleder hjemmetjenesten` or `HR-sjef`"
            )),
        );
    };
    if let Some(organisation) = &cx.plan.organisation {
        blank(
            &organisation.value.owner,
            "the organisation".into(),
            "owner",
        );
    }
    for measure in &cx.plan.measures {
        blank(
            &measure.responsible,
            format!("measure {}", measure.id.value),
            "responsible",
        );
    }
    if let Some(evaluation) = &cx.plan.evaluation {
        blank(
            &evaluation.value.responsible,
            "the evaluation".into(),
            "responsible",
        );
    }
}
