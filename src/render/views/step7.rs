//! Step 7, follow-up: the indicators with their progress (`indicators`) and the evaluation
//! (`evaluation`, as the plan writes it).

use serde::Serialize;

use super::{opt, text};
use crate::model::{Direction, Evaluation, IndicatorQuantity, Plan, YearValue};
use crate::plan::analysis::Analysis;

/// An indicator with its progress.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct IndicatorView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Unit of the values.
    pub quantity: IndicatorQuantity,
    /// Which way is better.
    pub direction: Direction,
    /// Source of the figures.
    pub source: Option<String>,
    /// Starting point.
    pub baseline: Option<YearValue>,
    /// Target.
    pub target: Option<YearValue>,
    /// Derived: the measurement with the latest year.
    pub latest: Option<YearValue>,
    /// Measurements, as written.
    pub measurements: Vec<YearValue>,
    /// Derived: the latest measurement has reached the target or moved from the baseline in
    /// `direction`; null without a measurement, baseline or target.
    pub on_track: Option<bool>,
}

/// The indicators, each with its latest measurement and whether it is on track.
pub(super) fn indicators(plan: &Plan, analysis: &Analysis<'_>) -> Vec<IndicatorView> {
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
                baseline: i.baseline.as_deref().cloned(),
                target: i.target.as_deref().cloned(),
                latest: progress.and_then(|p| p.latest.clone()),
                measurements: i.measurements.iter().map(|m| m.value.clone()).collect(),
                on_track: progress.and_then(|p| p.on_track),
            }
        })
        .collect()
}

/// How the plan is followed up, if it says.
pub(super) fn evaluation(plan: &Plan) -> Option<Evaluation> {
    plan.evaluation.as_deref().cloned()
}
