//! Step 2, anchoring the plan: what it rests on (`anchoring`) and its ambitions (`ambitions`).

use serde::Serialize;

use super::{opt, text};
use crate::model::{AnchoringKind, Date, Plan};

#[derive(Debug, Serialize)]
pub struct AnchoringView {
    pub id: String,
    pub kind: AnchoringKind,
    pub title: String,
    pub reference: Option<String>,
    pub date: Option<Date>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AmbitionView {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
}

/// The documents and decisions the plan rests on.
pub(super) fn anchoring(plan: &Plan) -> Vec<AnchoringView> {
    plan.anchoring
        .iter()
        .map(|a| AnchoringView {
            id: text(&a.id),
            kind: a.kind.value,
            title: text(&a.title),
            reference: opt(&a.reference),
            date: a.date.as_ref().map(|d| d.value),
            description: opt(&a.description),
        })
        .collect()
}

/// The ambitions.
pub(super) fn ambitions(plan: &Plan) -> Vec<AmbitionView> {
    plan.ambitions
        .iter()
        .map(|a| AmbitionView {
            id: text(&a.id),
            title: text(&a.title),
            description: opt(&a.description),
        })
        .collect()
}
