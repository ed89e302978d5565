//! Step 1, organising the work: the organisation (`organisation`), the units (`units`) and the
//! position groups (`roles`).

use serde::Serialize;

use super::{Named, Names, text};
use crate::model::{Date, Group, Plan, Role};

/// Who owns and does the work.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct OrganisationView {
    /// The role that owns the plan.
    pub owner: String,
    /// Markdown: the mandate of the work.
    pub mandate: String,
    /// Groups taking part.
    pub groups: Vec<Group>,
    /// Milestones of the planning work.
    pub milestones: Vec<MilestoneView>,
}

/// A milestone of the planning work.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MilestoneView {
    /// When.
    pub date: Date,
    /// What.
    pub title: String,
    /// Reached; `false` when not given.
    pub done: bool,
}

/// An organisational unit.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct UnitView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// The unit it belongs to.
    pub parent: Option<Named>,
}

/// The organisation of the work, if the plan describes it.
pub(super) fn organisation(plan: &Plan) -> Option<OrganisationView> {
    plan.organisation.as_ref().map(|o| OrganisationView {
        owner: text(&o.owner),
        mandate: text(&o.mandate),
        groups: o.groups.iter().map(|g| g.value.clone()).collect(),
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

/// The position groups, as the plan writes them.
pub(super) fn roles(plan: &Plan) -> Vec<Role> {
    plan.roles.iter().map(|r| r.value.clone()).collect()
}
