//! Step 6, measures: the four strategies (`strategies`), the funding sources (`funding`), the
//! measures (`measures`) and the budget (`budget`).

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{Arena, CostStatus, Date, Funding, MeasureStatus, Plan, Strategy};
use crate::plan::analysis::Budget;

#[derive(Debug, Serialize)]
pub struct StrategyView {
    pub kind: Strategy,
    pub description: Option<String>,
    pub measures: Vec<Named>,
}

#[derive(Debug, Serialize)]
pub struct MeasureView {
    pub id: String,
    pub title: String,
    pub strategy: Strategy,
    pub needs: Vec<NeedLink>,
    pub description: Option<String>,
    pub target_group: Option<Named>,
    pub unit: Option<Named>,
    pub participants: Option<i64>,
    pub responsible: String,
    pub arena: Option<Arena>,
    pub start: Date,
    pub end: Date,
    pub status: MeasureStatus,
    pub costs: Vec<CostView>,
    pub total_cost: i64,
    pub indicators: Vec<Named>,
}

#[derive(Debug, Serialize)]
pub struct NeedLink {
    pub id: String,
    pub name: String,
    pub closes: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct CostView {
    pub year: i64,
    pub amount: i64,
    pub funding: Named,
    pub status: CostStatus,
}

#[derive(Debug, Serialize)]
pub struct BudgetView {
    pub years: Vec<i64>,
    pub rows: Vec<BudgetRow>,
    pub totals: Vec<i64>,
    pub total: i64,
    pub by_strategy: Vec<StrategyAmount>,
    pub by_status: Vec<StatusAmount>,
}

#[derive(Debug, Serialize)]
pub struct BudgetRow {
    pub funding: Named,
    pub amounts: Vec<i64>,
    pub total: i64,
}

#[derive(Debug, Serialize)]
pub struct StrategyAmount {
    pub strategy: Strategy,
    pub amount: i64,
}

#[derive(Debug, Serialize)]
pub struct StatusAmount {
    pub status: CostStatus,
    pub amount: i64,
}

/// The four strategies, always in the order acquire, develop, mobilise, phase-out.
pub(super) fn strategies(plan: &Plan, names: &Names<'_>) -> Vec<StrategyView> {
    [
        Strategy::Acquire,
        Strategy::Develop,
        Strategy::Mobilise,
        Strategy::PhaseOut,
    ]
    .into_iter()
    .map(|kind| StrategyView {
        kind,
        description: plan
            .strategies
            .iter()
            .find(|s| s.kind.value == kind)
            .map(|s| text(&s.description)),
        measures: plan
            .measures
            .iter()
            .filter(|m| m.strategy.value == kind)
            .map(|m| names.named(&m.id.value))
            .collect(),
    })
    .collect()
}

/// The funding sources, as the plan writes them.
pub(super) fn funding(plan: &Plan) -> Vec<&Funding> {
    plan.funding.iter().map(|f| &f.value).collect()
}

/// The measures, each with its needs, costs and total.
pub(super) fn measures(plan: &Plan, budget: &Budget<'_>, names: &Names<'_>) -> Vec<MeasureView> {
    plan.measures
        .iter()
        .map(|m| MeasureView {
            id: text(&m.id),
            title: text(&m.title),
            strategy: m.strategy.value,
            needs: m
                .needs
                .iter()
                .map(|r| {
                    let named = names.named(&r.value.id().value);
                    NeedLink {
                        id: named.id,
                        name: named.name,
                        closes: r.value.closes().map(|c| c.value),
                    }
                })
                .collect(),
            description: opt(&m.description),
            target_group: m.target_group.as_ref().map(|r| names.named(&r.value)),
            unit: m.unit.as_ref().map(|r| names.named(&r.value)),
            participants: m.participants.as_ref().map(|p| p.value),
            responsible: text(&m.responsible),
            arena: m.arena.as_ref().map(|a| a.value),
            start: m.start.value,
            end: m.end.value,
            status: m.status.value,
            costs: m
                .costs
                .iter()
                .flat_map(|c| c.value.iter())
                .map(|c| CostView {
                    year: c.year.value,
                    amount: c.amount.value,
                    funding: names.named(&c.funding.value),
                    status: c.status.value,
                })
                .collect(),
            total_cost: budget
                .by_measure
                .get(m.id.value.as_str())
                .copied()
                .unwrap_or(0),
            indicators: names.all(
                m.indicators
                    .iter()
                    .flat_map(|i| i.value.iter())
                    .map(|r| r.value.as_str()),
            ),
        })
        .collect()
}

/// The budget by year and source, with its totals by strategy and status.
pub(super) fn budget(budget: &Budget<'_>, names: &Names<'_>) -> BudgetView {
    BudgetView {
        years: budget.years.clone(),
        rows: budget
            .by_source
            .iter()
            .map(|(id, amounts)| BudgetRow {
                funding: names.named(id),
                amounts: amounts.clone(),
                // Saturating like every budget sum: amounts beyond kplan's limits are reported
                // as `value-out-of-range`, and must not crash or wrap if that rule is off.
                total: amounts.iter().fold(0, |sum: i64, &a| sum.saturating_add(a)),
            })
            .collect(),
        totals: budget.by_year.clone(),
        total: budget.total,
        by_strategy: budget
            .by_strategy
            .iter()
            .map(|&(strategy, amount)| StrategyAmount { strategy, amount })
            .collect(),
        by_status: budget
            .by_status
            .iter()
            .map(|&(status, amount)| StatusAmount { status, amount })
            .collect(),
    }
}
