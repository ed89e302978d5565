//! Step 4, competence: what the plan means by it (`competence`) and the competence areas by
//! kind (`area_kinds`).

use serde::Serialize;

use super::{opt, text};
use crate::model::{AreaCategory, AreaKind, Competence, Plan};

#[derive(Debug, Serialize)]
pub struct AreaKindView {
    pub kind: AreaKind,
    pub areas: Vec<AreaView>,
}

#[derive(Debug, Serialize)]
pub struct AreaView {
    pub id: String,
    pub name: String,
    pub category: Option<AreaCategory>,
    pub qualification: Option<String>,
    pub description: Option<String>,
}

/// The plan's definition of competence, if it gives one, as the plan writes it.
pub(super) fn competence(plan: &Plan) -> Option<&Competence> {
    plan.competence.as_deref()
}

/// The competence areas grouped by kind, formal first; empty kinds are left out.
pub(super) fn area_kinds(plan: &Plan) -> Vec<AreaKindView> {
    let mut kinds = Vec::new();
    for kind in [AreaKind::Formal, AreaKind::NonFormal] {
        let areas: Vec<AreaView> = plan
            .competence_areas
            .iter()
            .filter(|a| a.kind.value == kind)
            .map(|a| AreaView {
                id: text(&a.id),
                name: text(&a.name),
                category: a.category.as_ref().map(|c| c.value),
                qualification: opt(&a.qualification),
                description: opt(&a.description),
            })
            .collect();
        if !areas.is_empty() {
            kinds.push(AreaKindView { kind, areas });
        }
    }
    kinds
}
