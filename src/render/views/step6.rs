//! Step 6, measures: the four strategies (`strategies`), the funding sources (`funding`), the
//! measures (`measures`) and the budget (`budget`).

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{
    Arena, CostStatus, Date, Deadline, Funding, MeasureForm, MeasureStatus, NeedQuantity, Plan,
    Strategy, StudyLeave,
};
use crate::plan::analysis::Budget;

/// How the plan uses one of the four strategies, and its measures.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct StrategyView {
    /// Which strategy.
    pub kind: Strategy,
    /// Markdown: how the plan uses it (`strategies` section); null when not described.
    pub description: Option<String>,
    /// Measures with this strategy.
    pub measures: Vec<Named>,
}

/// A measure with its needs, costs and indicators.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MeasureView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Strategy.
    pub strategy: Strategy,
    /// The needs it serves, at least one.
    pub needs: Vec<NeedLink>,
    /// Markdown: description.
    pub description: Option<String>,
    /// The position group it is for.
    pub target_group: Option<Named>,
    /// The unit.
    pub unit: Option<Named>,
    /// Number of participants.
    pub participants: Option<i64>,
    /// The role responsible (free text).
    pub responsible: String,
    /// Learning arena.
    pub arena: Option<Arena>,
    /// Individual or collective.
    pub form: Option<MeasureForm>,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Status.
    pub status: MeasureStatus,
    /// Costs by year and funding source, as written, rejected ones included.
    pub costs: Vec<CostView>,
    /// Derived: the funding sources of the costs that count (all but `rejected`), each once, in
    /// the order of `costs`; empty when no cost counts.
    pub funding: Vec<Named>,
    /// Kroner: derived: sum of `costs` that count (all but `rejected`).
    pub total_cost: i64,
    /// Indicators it affects.
    pub indicators: Vec<Named>,
}

/// A Named with one more field.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct NeedLink {
    /// The need's id.
    pub id: String,
    /// The need's title.
    pub name: String,
    /// How much of the need's gap this measure closes, in the need's `quantity`.
    pub closes: Option<f64>,
    /// The need's quantity (persons, fte, percent), which `closes` is in; null when the id names
    /// no need.
    pub quantity: Option<NeedQuantity>,
    /// The strategy by which the measure serves this need, when the link gives its own (a mixed
    /// measure); null means the measure's `strategy`.
    pub strategy: Option<Strategy>,
}

/// One cost of a measure.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct CostView {
    /// Year.
    pub year: i64,
    /// Kroner: amount.
    pub amount: i64,
    /// Funding source.
    pub funding: Named,
    /// Budget status.
    pub status: CostStatus,
}

/// The lists `totals` and each row's `amounts` are aligned with `years`, index by index.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct BudgetView {
    /// The plan period plus any year a cost falls in, sorted.
    pub years: Vec<i64>,
    /// One per funding source, in plan order, including sources without costs.
    pub rows: Vec<BudgetRow>,
    /// Kroner: total per year.
    pub totals: Vec<i64>,
    /// Kroner: everything.
    pub total: i64,
    /// Per strategy; always four, order acquire, develop, mobilise, phase-out.
    pub by_strategy: Vec<StrategyAmount>,
    /// Per budget status that counts; always four, order budgeted, to-apply, applied, granted.
    pub by_status: Vec<StatusAmount>,
    /// Kroner: the rejected costs, shown with their measures and counted in no figure above.
    pub rejected: i64,
    /// The grant calendar: the deadlines of the funding sources in the plan period, in date order.
    pub calendar: Vec<DeadlineEntry>,
}

/// One deadline of a funding source on one day.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DeadlineEntry {
    /// The day.
    pub date: Date,
    /// The funding source.
    pub funding: Named,
    /// Which deadline.
    pub kind: DeadlineKind,
}

/// Which deadline of a funding source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineKind {
    /// `application_deadline`.
    Application,
    /// `report_deadline`.
    Report,
}

/// The education-support terms of one measure (step 6, "Regler for utdanningsstøtte").
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct EducationTerms {
    /// The measure.
    pub measure: Named,
    /// Pay during study leave.
    pub study_leave: Option<StudyLeave>,
    /// Markdown: the costs the employer covers.
    pub covered_costs: Option<String>,
    /// Months the employee commits to stay after the education.
    pub binding_months: Option<i64>,
    /// Markdown: who may take part.
    pub selection: Option<String>,
}

/// The costs of one funding source, by year.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct BudgetRow {
    /// The funding source.
    pub funding: Named,
    /// Kroner: amount per year of `budget.years`.
    pub amounts: Vec<i64>,
    /// Kroner: the row's sum; `0` for a source no cost uses.
    pub total: i64,
}

/// The costs of one strategy.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct StrategyAmount {
    /// Strategy.
    pub strategy: Strategy,
    /// Kroner: costs of the measures with that strategy (the measure's own `strategy`: a mixed
    /// measure's links do not split its cost).
    pub amount: i64,
}

/// The costs of one status (budgeted, to-apply, applied, granted).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct StatusAmount {
    /// Budget status.
    pub status: CostStatus,
    /// Kroner: costs with that status.
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
            // A mixed measure also stands under the strategy of a link of its own.
            .filter(|m| {
                m.strategy.value == kind
                    || m.needs
                        .iter()
                        .any(|r| r.value.strategy().is_some_and(|s| s.value == kind))
            })
            .map(|m| names.named(&m.id.value))
            .collect(),
    })
    .collect()
}

/// The funding sources, as the plan writes them.
pub(super) fn funding(plan: &Plan) -> Vec<Funding> {
    plan.funding.iter().map(|f| f.value.clone()).collect()
}

/// The measures, each with its needs, costs and total.
pub(super) fn measures(plan: &Plan, budget: &Budget<'_>, names: &Names<'_>) -> Vec<MeasureView> {
    let quantities: std::collections::HashMap<&str, NeedQuantity> = plan
        .needs
        .iter()
        .map(|n| (n.id.value.as_str(), n.quantity.value))
        .collect();
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
                        quantity: quantities.get(r.value.id().value.as_str()).copied(),
                        strategy: r.value.strategy().map(|s| s.value),
                    }
                })
                .collect(),
            description: opt(&m.description),
            target_group: m.target_group.as_ref().map(|r| names.named(&r.value)),
            unit: m.unit.as_ref().map(|r| names.named(&r.value)),
            participants: m.participants.as_ref().map(|p| p.value),
            responsible: text(&m.responsible),
            arena: m.arena.as_ref().map(|a| a.value),
            form: m.form.as_ref().map(|f| f.value),
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
            funding: {
                // A set beside the list: a measure may have thousands of sources.
                let mut seen = std::collections::HashSet::new();
                let sources = m
                    .costs
                    .iter()
                    .flat_map(|c| c.value.iter())
                    .filter(|c| c.status.value != CostStatus::Rejected)
                    .map(|c| c.funding.value.as_str())
                    .filter(|id| seen.insert(*id));
                names.all(sources.collect::<Vec<_>>())
            },
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

/// The education-support terms of the measures that have any, in plan order.
pub(super) fn education_terms(plan: &Plan, names: &Names<'_>) -> Vec<EducationTerms> {
    plan.measures
        .iter()
        .filter(|m| {
            m.study_leave.is_some()
                || m.covered_costs.is_some()
                || m.binding_months.is_some()
                || m.selection.is_some()
        })
        .map(|m| EducationTerms {
            measure: names.named(&m.id.value),
            study_leave: m.study_leave.as_ref().map(|s| s.value),
            covered_costs: opt(&m.covered_costs),
            binding_months: m.binding_months.as_ref().map(|b| b.value),
            selection: opt(&m.selection),
        })
        .collect()
}

/// The deadlines of the funding sources that fall in `years`, in date order (then source order,
/// application before report); a yearly deadline gives one entry per year.
pub(super) fn calendar(
    plan: &Plan,
    years: std::ops::RangeInclusive<i64>,
    names: &Names<'_>,
) -> Vec<DeadlineEntry> {
    let mut entries: Vec<(Date, usize, DeadlineKind)> = Vec::new();
    for (i, f) in plan.funding.iter().enumerate() {
        let deadlines = [
            (DeadlineKind::Application, &f.application_deadline),
            (DeadlineKind::Report, &f.report_deadline),
        ];
        for (kind, deadline) in deadlines {
            let dates = deadline
                .as_ref()
                .map_or_else(Vec::new, |d: &crate::model::Spanned<Deadline>| {
                    d.value.dates_in(years.clone())
                });
            entries.extend(dates.into_iter().map(|date| (date, i, kind)));
        }
    }
    entries.sort();
    entries
        .into_iter()
        .map(|(date, i, kind)| DeadlineEntry {
            date,
            funding: names.named(&plan.funding[i].id.value),
            kind,
        })
        .collect()
}

/// The budget by year and source, with its totals by strategy and status and the grant calendar.
pub(super) fn budget(
    budget: &Budget<'_>,
    calendar: Vec<DeadlineEntry>,
    names: &Names<'_>,
) -> BudgetView {
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
        rejected: budget.rejected,
        calendar,
    }
}
