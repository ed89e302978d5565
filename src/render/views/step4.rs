//! Step 4, competence: what the plan means by it (`competence`) and the competence areas by
//! kind (`area_kinds`).

use serde::Serialize;

use super::{opt, text};
use crate::model::{AreaCategory, AreaKind, Component, Plan};

#[derive(Debug, Serialize)]
pub struct CompetenceView {
    pub definition: String,
    pub source: Option<String>,
    pub components: Vec<Component>,
}

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

/// The plan's definition of competence, if it gives one.
pub(super) fn competence(plan: &Plan) -> Option<CompetenceView> {
    plan.competence.as_ref().map(|c| CompetenceView {
        definition: text(&c.definition),
        source: opt(&c.source),
        components: c.components.iter().map(|c| c.value).collect(),
    })
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
