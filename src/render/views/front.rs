//! The title block (`plan`) and the summary (`summary`): the plan's `[plan]` table and its key
//! figures.

use serde::Serialize;

use super::{opt, text};
use crate::diag::{Finding, Severity};
use crate::model::{Adoption, Plan, PlanMeta, PlanStatus, Revision};
use crate::plan::analysis::Analysis;

/// Title block.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PlanInfo {
    /// Document title.
    pub title: String,
    /// Municipality.
    pub municipality: String,
    /// Kommunenummer, four digits.
    pub municipality_number: Option<String>,
    /// Whole municipality, a sector or a group of positions.
    pub scope: String,
    /// First year of the plan period.
    pub period_start: i64,
    /// Last year (inclusive).
    pub period_end: i64,
    /// Where the plan is in its life.
    pub status: PlanStatus,
    /// Free revision label.
    pub version: Option<String>,
    /// Markdown: foreword or summary written in `[plan] summary`.
    pub summary: Option<String>,
    /// The adopting decision.
    pub adoption: Option<Adoption>,
    /// Rolling revision.
    pub revision: Option<Revision>,
}

/// Key figures.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Number of goals.
    pub goals: usize,
    /// Number of needs.
    pub needs: usize,
    /// Number of measures.
    pub measures: usize,
    /// Kroner: all costs of all measures.
    pub total_cost: i64,
    /// Total per year; the same years as `budget.years`.
    pub cost_by_year: Vec<YearAmount>,
    /// Goals with at least one need and one measure.
    pub goals_covered: usize,
    /// Percent (0–100): `goals_covered` of `goals`; 100 when there are no goals.
    pub goals_covered_percent: f64,
    /// Needs with at least one measure.
    pub needs_covered: usize,
    /// Percent (0–100): `needs_covered` of `needs`; 100 when there are no needs.
    pub needs_covered_percent: f64,
    /// Warnings `kplan check` still reports.
    pub warnings: Vec<WarningView>,
}

/// A sum of costs in one year.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct YearAmount {
    /// Year.
    pub year: i64,
    /// Kroner: total cost that year.
    pub amount: i64,
}

/// A warning of the check, listed in the document.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct WarningView {
    /// Rule code (see [rules.md](rules.md)).
    pub code: &'static str,
    /// The finding's message.
    pub message: String,
}

/// The title block from `[plan]`.
pub(super) fn plan_info(meta: &PlanMeta) -> PlanInfo {
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
        adoption: meta.adoption.as_deref().cloned(),
        revision: meta.revision.as_deref().cloned(),
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
