//! Step 4, competence: what the plan means by it (`competence`) and the competence areas by
//! kind (`area_kinds`).

use serde::Serialize;

use super::{opt, text};
use crate::model::{AreaCategory, AreaKind, Competence, Plan};

/// The competence areas of one kind.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct AreaKindView {
    /// The kind of this group.
    pub kind: AreaKind,
    /// The competence areas of that kind, at least one.
    pub areas: Vec<AreaView>,
}

/// A competence area.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct AreaView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Category.
    pub category: Option<AreaCategory>,
    /// Qualification.
    pub qualification: Option<String>,
    /// Markdown: description.
    pub description: Option<String>,
}

/// The plan's definition of competence, if it gives one, as the plan writes it.
pub(super) fn competence(plan: &Plan) -> Option<Competence> {
    plan.competence.as_deref().cloned()
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
