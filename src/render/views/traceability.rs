//! Appendix A, traceability (`traceability`): each goal with its needs and their measures, and
//! where a link is missing.

use serde::Serialize;

use super::{Named, Names};
use crate::model::Plan;
use crate::plan::analysis::Analysis;

/// A goal with its needs and their measures; `gap` when a link is missing.
#[derive(Debug, Serialize)]
pub struct TraceGoal {
    pub goal: Named,
    pub needs: Vec<TraceNeed>,
    pub gap: bool,
}

#[derive(Debug, Serialize)]
pub struct TraceNeed {
    pub need: Named,
    pub measures: Vec<Named>,
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
