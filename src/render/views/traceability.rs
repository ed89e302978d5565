//! Appendix A, traceability (`traceability`): each goal with its needs and their measures, and
//! where a link is missing.

use serde::Serialize;

use super::{Named, Names};
use crate::model::Plan;
use crate::plan::analysis::Analysis;

/// One per goal, in plan order.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct TraceGoal {
    /// The goal.
    pub goal: Named,
    /// The needs that list the goal.
    pub needs: Vec<TraceNeed>,
    /// A link is missing: no need, or no need with a measure.
    pub gap: bool,
}

/// A need of a goal, with its measures; `gap` when it has none.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct TraceNeed {
    /// The need.
    pub need: Named,
    /// The measures that name it.
    pub measures: Vec<Named>,
    /// No measure names this need.
    pub gap: bool,
}

/// Goal → need → measure, for every goal.
pub(super) fn build(plan: &Plan, analysis: &Analysis<'_>, names: &Names<'_>) -> Vec<TraceGoal> {
    plan.goals
        .iter()
        .map(|g| {
            let links = analysis.goals.get(g.id.value.as_str());
            let needs: Vec<TraceNeed> = links
                .map(|l| {
                    l.needs
                        .iter()
                        .map(|n| {
                            let measures: Vec<Named> = analysis
                                .needs
                                .get(n)
                                .map(|f| names.all(f.measures.iter()))
                                .unwrap_or_default();
                            TraceNeed {
                                need: names.named(n),
                                gap: measures.is_empty(),
                                measures,
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            TraceGoal {
                goal: names.named(&g.id.value),
                gap: needs.is_empty() || needs.iter().all(|n| n.gap),
                needs,
            }
        })
        .collect()
}
