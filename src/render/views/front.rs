//! The title block (`plan`) and the summary (`summary`): the plan's `[plan]` table and its key
//! figures.

use serde::Serialize;

use super::{opt, text};
use crate::diag::{Finding, Severity};
use crate::model::{Adoption, Plan, PlanMeta, PlanStatus, Revision};
use crate::plan::analysis::Analysis;

/// Title block.
#[derive(Debug, Serialize)]
pub struct PlanInfo<'a> {
    pub title: String,
    pub municipality: String,
    pub municipality_number: Option<String>,
    pub scope: String,
    pub period_start: i64,
    pub period_end: i64,
    pub status: PlanStatus,
    pub version: Option<String>,
    /// Markdown.
    pub summary: Option<String>,
    /// The adopting decision, as the plan writes it.
    pub adoption: Option<&'a Adoption>,
    /// The rolling revision, as the plan writes it.
    pub revision: Option<&'a Revision>,
}

/// Key figures.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub goals: usize,
    pub needs: usize,
    pub measures: usize,
    pub total_cost: i64,
    pub cost_by_year: Vec<YearAmount>,
    pub goals_covered: usize,
    pub goals_covered_percent: f64,
    pub needs_covered: usize,
    pub needs_covered_percent: f64,
    /// Warnings `kplan check` still reports.
    pub warnings: Vec<WarningView>,
}

#[derive(Debug, Serialize)]
pub struct YearAmount {
    pub year: i64,
    pub amount: i64,
}

#[derive(Debug, Serialize)]
pub struct WarningView {
    pub code: &'static str,
    pub message: String,
}

/// The title block from `[plan]`.
pub(super) fn plan_info(meta: &PlanMeta) -> PlanInfo<'_> {
    PlanInfo {
        title: text(&meta.title),
        municipality: text(&meta.municipality),
        municipality_number: opt(&meta.municipality_number),
        scope: text(&meta.scope),
        period_start: meta.period.start.value,
        period_end: meta.period.end.value,
        status: meta.status.value,
        version: opt(&meta.version),
        summary: opt(&meta.summary),
        adoption: meta.adoption.as_deref(),
        revision: meta.revision.as_deref(),
    }
}

/// The key figures and the warnings the check still reports.
pub(super) fn summary(plan: &Plan, analysis: &Analysis<'_>, findings: &[Finding]) -> Summary {
    let budget = &analysis.budget;
    let coverage = analysis.coverage;
    Summary {
        goals: plan.goals.len(),
        needs: plan.needs.len(),
        measures: plan.measures.len(),
        total_cost: budget.total,
        cost_by_year: budget
            .years
            .iter()
            .zip(&budget.by_year)
            .map(|(&year, &amount)| YearAmount { year, amount })
            .collect(),
        goals_covered: coverage.goals_covered,
        goals_covered_percent: coverage.goals_percent(),
        needs_covered: coverage.needs_covered,
        needs_covered_percent: coverage.needs_percent(),
        warnings: findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| WarningView {
                code: f.code.name(),
                message: f.message.clone(),
            })
            .collect(),
    }
}
