//! Step 1, organising the work: the organisation (`organisation`), the units (`units`) and the
//! position groups (`roles`).

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{Date, GroupKind, Plan, Represents};

#[derive(Debug, Serialize)]
pub struct OrganisationView {
    pub owner: String,
    /// Markdown.
    pub mandate: String,
    pub groups: Vec<GroupView>,
    pub milestones: Vec<MilestoneView>,
}

#[derive(Debug, Serialize)]
pub struct GroupView {
    pub name: String,
    pub kind: GroupKind,
    pub members: Vec<MemberView>,
}

#[derive(Debug, Serialize)]
pub struct MemberView {
    pub role: String,
    pub name: Option<String>,
    pub represents: Represents,
}

#[derive(Debug, Serialize)]
pub struct MilestoneView {
    pub date: Date,
    pub title: String,
    pub done: bool,
}

#[derive(Debug, Serialize)]
pub struct UnitView {
    pub id: String,
    pub name: String,
    pub parent: Option<Named>,
}

#[derive(Debug, Serialize)]
pub struct RoleView {
    pub id: String,
    pub name: String,
    pub education: Option<String>,
}

/// The organisation of the work, if the plan describes it.
pub(super) fn organisation(plan: &Plan) -> Option<OrganisationView> {
    plan.organisation.as_ref().map(|o| OrganisationView {
        owner: text(&o.owner),
        mandate: text(&o.mandate),
        groups: o
            .groups
            .iter()
            .map(|g| GroupView {
                name: text(&g.name),
                kind: g.kind.value,
                members: g
                    .members
                    .iter()
                    .map(|m| MemberView {
                        role: text(&m.role),
                        name: opt(&m.name),
                        represents: m.represents.value,
                    })
                    .collect(),
            })
            .collect(),
        milestones: o
            .milestones
            .iter()
            .map(|m| MilestoneView {
                date: m.date.value,
                title: text(&m.title),
                done: m.done.as_ref().is_some_and(|d| d.value),
            })
            .collect(),
    })
}

/// The units, each with its parent resolved.
pub(super) fn units(plan: &Plan, names: &Names<'_>) -> Vec<UnitView> {
    plan.units
        .iter()
        .map(|u| UnitView {
            id: text(&u.id),
            name: text(&u.name),
            parent: u.parent.as_ref().map(|p| names.named(&p.value)),
        })
        .collect()
}

/// The position groups.
pub(super) fn roles(plan: &Plan) -> Vec<RoleView> {
    plan.roles
        .iter()
        .map(|r| RoleView {
            id: text(&r.id),
            name: text(&r.name),
            education: opt(&r.education),
        })
        .collect()
}
