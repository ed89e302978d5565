//! Lookups built once per run: ids by name, and the links between goals, needs and measures.

use std::collections::HashMap;

use super::refs::{Reference, references};
use crate::model::{EntityKind, Measure, Need, Plan, Spanned};
use crate::source::Span;

/// Ids and links of a plan, indexed by the inner value (never by span).
pub struct Index<'a> {
    /// First definition of each id.
    pub ids: HashMap<&'a str, (EntityKind, Span)>,
    /// Every kind an id is defined as, when it is defined more than once (`duplicate-id`).
    pub duplicated: HashMap<&'a str, Vec<EntityKind>>,
    /// Ids of entities that failed to load.
    pub unreadable: HashMap<&'a str, Span>,
    /// Needs by id.
    pub needs: HashMap<&'a str, &'a Spanned<Need>>,
    /// For each goal id, the needs that list it.
    pub needs_of_goal: HashMap<&'a str, Vec<&'a Spanned<Need>>>,
    /// For each need id, the measures that name it.
    pub measures_of_need: HashMap<&'a str, Vec<&'a Spanned<Measure>>>,
    /// Every reference of the plan, in file order per section.
    pub refs: Vec<Reference<'a>>,
}

impl<'a> Index<'a> {
    /// Builds the index in one pass over each section.
    pub fn new(plan: &'a Plan) -> Self {
        let mut ids = HashMap::new();
        let mut duplicated: HashMap<&str, Vec<EntityKind>> = HashMap::new();
        for (spanned, kind) in plan.ids_in_order() {
            let id = spanned.value.as_str();
            match ids.get(id) {
                None => {
                    ids.insert(id, (kind, spanned.span));
                }
                Some(&(first, _)) => duplicated
                    .entry(id)
                    .or_insert_with(|| vec![first])
                    .push(kind),
            }
        }
        let unreadable = plan
            .unreadable_ids
            .iter()
            .map(|(id, span)| (id.as_str(), *span))
            .collect();
        let mut needs = HashMap::new();
        let mut needs_of_goal: HashMap<&str, Vec<&Spanned<Need>>> = HashMap::new();
        for need in &plan.needs {
            needs.entry(need.id.value.as_str()).or_insert(need);
            for goal in need.goals.iter() {
                let list = needs_of_goal.entry(goal.value.as_str()).or_default();
                if !list.iter().any(|n| std::ptr::eq(*n, need)) {
                    list.push(need);
                }
            }
        }
        let mut measures_of_need: HashMap<&str, Vec<&Spanned<Measure>>> = HashMap::new();
        for measure in &plan.measures {
            for need in measure.needs.iter() {
                let list = measures_of_need
                    .entry(need.value.id().value.as_str())
                    .or_default();
                if !list.iter().any(|m| std::ptr::eq(*m, measure)) {
                    list.push(measure);
                }
            }
        }
        Self {
            refs: references(plan),
            ids,
            duplicated,
            unreadable,
            needs,
            needs_of_goal,
            measures_of_need,
        }
    }
}
