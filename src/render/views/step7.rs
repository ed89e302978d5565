//! Step 7, follow-up: the indicators with their progress (`indicators`) and the evaluation
//! (`evaluation`, as the plan writes it).

use serde::Serialize;

use super::{opt, text};
use crate::model::{Direction, Evaluation, IndicatorQuantity, Plan, YearValue};
use crate::plan::analysis::Analysis;

#[derive(Debug, Serialize)]
pub struct IndicatorView<'a> {
    pub id: String,
    pub name: String,
    pub quantity: IndicatorQuantity,
    pub direction: Direction,
    pub source: Option<String>,
    pub baseline: Option<&'a YearValue>,
    pub target: Option<&'a YearValue>,
    pub latest: Option<&'a YearValue>,
    pub measurements: Vec<&'a YearValue>,
    /// `None` when it cannot be judged yet.
    pub on_track: Option<bool>,
}

/// The indicators, each with its latest measurement and whether it is on track.
pub(super) fn indicators<'a>(plan: &'a Plan, analysis: &'a Analysis<'_>) -> Vec<IndicatorView<'a>> {
    plan.indicators
        .iter()
        .map(|i| {
            let progress = analysis.indicators.get(i.id.value.as_str());
            IndicatorView {
                id: text(&i.id),
                name: text(&i.name),
                quantity: i.quantity.value,
                direction: i.direction.value,
                source: opt(&i.source),
                baseline: i.baseline.as_deref(),
                target: i.target.as_deref(),
                latest: progress.and_then(|p| p.latest.as_ref()),
                measurements: i.measurements.iter().map(|m| &m.value).collect(),
                on_track: progress.and_then(|p| p.on_track),
            }
        })
        .collect()
}

/// How the plan is followed up, if it says.
pub(super) fn evaluation(plan: &Plan) -> Option<&Evaluation> {
    plan.evaluation.as_deref()
}
