//! Every reference in a plan, with the kinds of entity it may name.

use crate::model::{EntityKind, Plan, Spanned};

/// One reference from a field to an entity id.
pub struct Reference<'a> {
    /// The id as written.
    pub id: &'a Spanned<String>,
    /// The kinds it may name.
    pub expected: &'static [EntityKind],
    /// Who refers: a kind and id ("measure T1"), or a workforce row.
    pub from: Owner<'a>,
    /// The field, e.g. "needs".
    pub field: &'static str,
}

/// The entity a reference is written in.
#[derive(Clone, Copy)]
pub enum Owner<'a> {
    /// An entity with an id.
    Entity(EntityKind, &'a str),
    /// A workforce row (they have no id).
    Workforce,
}

impl std::fmt::Display for Owner<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Owner::Entity(kind, id) => write!(f, "{} {id}", kind.noun()),
            Owner::Workforce => f.write_str("a workforce row"),
        }
    }
}

/// Collects every reference of the plan, in file order per section.
pub fn references(plan: &Plan) -> Vec<Reference<'_>> {
    use EntityKind as K;
    let mut out = Vec::new();
    macro_rules! push {
        ($id:expr, $expected:expr, $from:expr, $field:literal) => {
            out.push(Reference {
                id: $id,
                expected: $expected,
                from: $from,
                field: $field,
            })
        };
    }
    for unit in &plan.units {
        if let Some(parent) = &unit.parent {
            push!(
                parent,
                &[K::Unit],
                Owner::Entity(K::Unit, &unit.id.value),
                "parent"
            );
        }
    }
    for goal in &plan.goals {
        let from = || Owner::Entity(K::Goal, &goal.id.value);
        if let Some(ambition) = &goal.ambition {
            push!(ambition, &[K::Ambition], from(), "ambition");
        }
        // `PLANID:ID` names another plan's entity: the planverk checks it (crate::workspace).
        for basis in goal
            .based_on
            .iter()
            .flat_map(|b| b.value.iter())
            .filter(|b| !b.value.contains(':'))
        {
            push!(basis, &[K::Guideline, K::Anchoring], from(), "based_on");
        }
        for indicator in goal.indicators.iter().flat_map(|i| i.value.iter()) {
            push!(indicator, &[K::Indicator], from(), "indicators");
        }
    }
    for row in &plan.workforce {
        push!(&row.unit, &[K::Unit], Owner::Workforce, "unit");
        if let Some(role) = &row.role {
            push!(role, &[K::Role], Owner::Workforce, "role");
        }
    }
    for need in &plan.needs {
        let from = || Owner::Entity(K::Need, &need.id.value);
        for goal in need.goals.iter() {
            push!(goal, &[K::Goal], from(), "goals");
        }
        push!(&need.area, &[K::CompetenceArea], from(), "area");
        if let Some(unit) = &need.unit {
            push!(unit, &[K::Unit], from(), "unit");
        }
        if let Some(role) = &need.role {
            push!(role, &[K::Role], from(), "role");
        }
    }
    for apprentice in &plan.apprentices {
        let from = || Owner::Entity(K::Apprentice, &apprentice.id.value);
        if let Some(role) = &apprentice.role {
            push!(role, &[K::Role], from(), "role");
        }
        if let Some(unit) = &apprentice.unit {
            push!(unit, &[K::Unit], from(), "unit");
        }
    }
    for measure in &plan.measures {
        let from = || Owner::Entity(K::Measure, &measure.id.value);
        for need in measure.needs.iter() {
            push!(need.value.id(), &[K::Need], from(), "needs");
        }
        if let Some(role) = &measure.target_group {
            push!(role, &[K::Role], from(), "target_group");
        }
        if let Some(unit) = &measure.unit {
            push!(unit, &[K::Unit], from(), "unit");
        }
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            push!(&cost.funding, &[K::Funding], from(), "funding");
        }
        for indicator in measure.indicators.iter().flat_map(|i| i.value.iter()) {
            push!(indicator, &[K::Indicator], from(), "indicators");
        }
    }
    out
}
