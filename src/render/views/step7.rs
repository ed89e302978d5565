//! Step 7, follow-up: the indicators with their progress (`indicators`) and the evaluation
//! (`evaluation`).

use serde::Serialize;

use super::{opt, text};
use crate::model::{
    Date, Decision, Direction, EvaluationScope, IndicatorQuantity, Plan, Reporting, YearValue,
};
use crate::plan::analysis::Analysis;

#[derive(Debug, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub name: String,
    pub quantity: IndicatorQuantity,
    pub direction: Direction,
    pub source: Option<String>,
    pub baseline: Option<YearValueView>,
    pub target: Option<YearValueView>,
    pub latest: Option<YearValueView>,
    pub measurements: Vec<YearValueView>,
    /// `None` when it cannot be judged yet.
    pub on_track: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearValueView {
    pub year: i64,
    pub value: f64,
}

#[derive(Debug, Serialize)]
pub struct EvaluationView {
    pub responsible: String,
    pub reporting: Reporting,
    pub description: Option<String>,
    pub schedule: Vec<ScheduleView>,
    pub records: Vec<RecordView>,
}

#[derive(Debug, Serialize)]
pub struct ScheduleView {
    pub date: Date,
    pub scope: EvaluationScope,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct RecordView {
    pub date: Date,
    pub title: String,
    pub findings: String,
    pub decision: Decision,
}

/// The indicators, each with its latest measurement and whether it is on track.
pub(super) fn indicators(plan: &Plan, analysis: &Analysis<'_>) -> Vec<IndicatorView> {
    let year_value = |v: &YearValue| YearValueView {
        year: v.year.value,
        value: v.value.value,
    };
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
                baseline: i.baseline.as_ref().map(|b| year_value(&b.value)),
                target: i.target.as_ref().map(|b| year_value(&b.value)),
                latest: progress.and_then(|p| p.latest.as_ref()).map(year_value),
                measurements: i
                    .measurements
                    .iter()
                    .map(|m| year_value(&m.value))
                    .collect(),
                on_track: progress.and_then(|p| p.on_track),
            }
        })
        .collect()
}

/// How the plan is followed up, if it says.
pub(super) fn evaluation(plan: &Plan) -> Option<EvaluationView> {
    plan.evaluation.as_ref().map(|e| EvaluationView {
        responsible: text(&e.responsible),
        reporting: e.reporting.value,
        description: opt(&e.description),
        schedule: e
            .schedule
            .iter()
            .map(|s| ScheduleView {
                date: s.date.value,
                scope: s.scope.value,
                title: text(&s.title),
            })
            .collect(),
        records: e
            .records
            .iter()
            .map(|r| RecordView {
                date: r.date.value,
                title: text(&r.title),
                findings: text(&r.findings),
                decision: r.decision.value,
            })
            .collect(),
    })
}
