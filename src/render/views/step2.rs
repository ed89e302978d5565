//! Step 2, anchoring the plan: what it rests on (`anchoring`) and its ambitions (`ambitions`),
//! both as the plan writes them.

use crate::model::{Ambition, Anchoring, Plan};

/// The documents and decisions the plan rests on.
pub(super) fn anchoring(plan: &Plan) -> Vec<Anchoring> {
    plan.anchoring.iter().map(|a| a.value.clone()).collect()
}

/// The ambitions.
pub(super) fn ambitions(plan: &Plan) -> Vec<Ambition> {
    plan.ambitions.iter().map(|a| a.value.clone()).collect()
}
