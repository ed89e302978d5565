//! The data the templates receive: the plan as a reader needs it, with derived values computed
//! and references resolved. `kplan render --dump-context` prints it; `docs/templates.md`
//! documents it. Numbers stay numbers: templates format them with the `number`, `money`,
//! `percent` and `date` filters.
#![allow(missing_docs)] // the fields are the template data model, documented in docs/templates.md

use serde::Serialize;

use super::charts::{self, Charts};
use crate::diag::{Finding, Severity};
use crate::model::*;
use crate::plan::Index;
use crate::plan::analysis::Analysis;
use crate::text::Formatter;

/// Bumped when a field changes meaning or disappears.
pub const CONTEXT_VERSION: u32 = 2;

/// Everything a template can use.
#[derive(Debug, Serialize)]
pub struct Context {
    /// About this rendering.
    pub meta: Meta,
    /// The translation catalogue of the document's language.
    pub t: serde_json::Value,
    /// Title block.
    pub plan: PlanInfo,
    /// Key figures and open warnings.
    pub summary: Summary,
    /// Step 1.
    pub organisation: Option<OrganisationView>,
    /// Step 1.
    pub units: Vec<UnitView>,
    /// Step 1.
    pub roles: Vec<RoleView>,
    /// Step 2.
    pub anchoring: Vec<AnchoringView>,
    /// Step 2.
    pub ambitions: Vec<AmbitionView>,
    /// Step 3: guidelines grouped by level (national, regional, local), empty levels left out.
    pub guideline_levels: Vec<GuidelineLevel>,
    /// Step 3.
    pub goals: Vec<GoalView>,
    /// Step 4.
    pub competence: Option<CompetenceView>,
    /// Step 4: areas grouped by kind (formal, non-formal).
    pub area_kinds: Vec<AreaKindView>,
    /// Step 5: workforce rows grouped by unit.
    pub workforce: Vec<WorkforceUnit>,
    /// Step 5.
    pub needs: Vec<NeedView>,
    /// Step 6: the four strategies in the order acquire, develop, mobilise, phase-out.
    pub strategies: Vec<StrategyView>,
    /// Step 6.
    pub funding: Vec<FundingView>,
    /// Step 6.
    pub measures: Vec<MeasureView>,
    /// Step 6.
    pub budget: BudgetView,
    /// Step 7.
    pub indicators: Vec<IndicatorView>,
    /// Step 7.
    pub evaluation: Option<EvaluationView>,
    /// Appendix A: goal → need → measure.
    pub traceability: Vec<TraceGoal>,
    /// Chart geometry for the SVG templates.
    pub charts: Charts,
    /// Appendix B: what changed since an earlier version (`--since`), if asked for.
    pub changes: Option<crate::diff::Comparison>,
}

/// About this rendering.
#[derive(Debug, Serialize)]
pub struct Meta {
    /// Version of this data model.
    pub context_version: u32,
    /// kplan's version.
    pub kplan_version: &'static str,
    /// Language code: nb, nn or en.
    pub lang: &'static str,
    /// The date counted as today (ISO).
    pub today: Date,
    /// Workforce rows with fewer persons are withheld.
    pub privacy_threshold: i64,
}

/// An entity by id and display name.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    /// Id.
    pub id: String,
    /// Title or name; the id when the entity is unknown.
    pub name: String,
}

/// Title block.
#[derive(Debug, Serialize)]
pub struct PlanInfo {
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
    pub adoption: Option<AdoptionView>,
    pub revision: Option<RevisionView>,
}

#[derive(Debug, Serialize)]
pub struct AdoptionView {
    pub body: Option<String>,
    pub date: Option<Date>,
    pub case: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RevisionView {
    pub plan_interval_years: Option<i64>,
    pub action_interval_years: Option<i64>,
    pub next_review: Option<Date>,
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

#[derive(Debug, Serialize)]
pub struct OrganisationView {
    pub owner: String,
    /// Markdown.
    pub mandate: String,
    pub groups: Vec<GroupView>,
    pub milestones: Vec<MilestoneView>,
}

#[derive(Debug, Serialize)]
pub struct GroupView {
    pub name: String,
    pub kind: GroupKind,
    pub members: Vec<MemberView>,
}

#[derive(Debug, Serialize)]
pub struct MemberView {
    pub role: String,
    pub name: Option<String>,
    pub represents: Represents,
}

#[derive(Debug, Serialize)]
pub struct MilestoneView {
    pub date: Date,
    pub title: String,
    pub done: bool,
}

#[derive(Debug, Serialize)]
pub struct UnitView {
    pub id: String,
    pub name: String,
    pub parent: Option<Named>,
}

#[derive(Debug, Serialize)]
pub struct RoleView {
    pub id: String,
    pub name: String,
    pub education: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AnchoringView {
    pub id: String,
    pub kind: AnchoringKind,
    pub title: String,
    pub reference: Option<String>,
    pub date: Option<Date>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AmbitionView {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GuidelineLevel {
    pub level: GuidelineLevelKind,
    pub guidelines: Vec<GuidelineView>,
}

/// Alias so the field reads as what it is.
pub type GuidelineLevelKind = crate::model::GuidelineLevel;

#[derive(Debug, Serialize)]
pub struct GuidelineView {
    pub id: String,
    pub title: String,
    pub kind: GuidelineKind,
    pub reference: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GoalView {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub ambition: Option<Named>,
    pub based_on: Vec<Named>,
    pub indicators: Vec<Named>,
    pub needs: Vec<Named>,
    pub measures: Vec<Named>,
}

#[derive(Debug, Serialize)]
pub struct CompetenceView {
    pub definition: String,
    pub source: Option<String>,
    pub components: Vec<Component>,
}

#[derive(Debug, Serialize)]
pub struct AreaKindView {
    pub kind: AreaKind,
    pub areas: Vec<AreaView>,
}

#[derive(Debug, Serialize)]
pub struct AreaView {
    pub id: String,
    pub name: String,
    pub category: Option<AreaCategory>,
    pub qualification: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct WorkforceUnit {
    pub unit: Named,
    pub rows: Vec<WorkforceRow>,
    /// Age bands of its shown rows added up, small ones merged (see `crate::plan::privacy`); empty when
    /// none or left out. Rows have no age bands of their own in the context.
    pub age: Vec<Cell>,
    /// Expected departures by year, added up and merged the same way.
    pub departures: Vec<Cell>,
}

/// One workforce row as the privacy step publishes it; when `withheld`, every figure is `None`.
#[derive(Debug, Serialize)]
pub struct WorkforceRow {
    pub role: Option<Named>,
    pub as_of: Date,
    pub source: Option<String>,
    pub withheld: bool,
    pub employees: Option<i64>,
    pub fte: Option<f64>,
    pub formal_competence: Option<f64>,
    pub part_time: Option<f64>,
    pub turnover: Option<f64>,
    pub sick_leave: Option<f64>,
}

/// A published cell: an age band or year, or a merged range; `persons` is `None` when fewer
/// than the privacy threshold.
pub use crate::plan::privacy::Cell;

#[derive(Debug, Serialize)]
pub struct NeedView {
    pub id: String,
    pub title: String,
    pub goals: Vec<Named>,
    pub area: Named,
    pub unit: Option<Named>,
    pub role: Option<Named>,
    pub strategy: Strategy,
    pub quantity: NeedQuantity,
    pub current: f64,
    pub required: f64,
    pub gap: f64,
    /// Sum of `closes` of its measures, when any were given.
    pub closed: Option<f64>,
    pub by: i64,
    pub priority: Priority,
    pub rationale: Option<String>,
    pub measures: Vec<Named>,
}

#[derive(Debug, Serialize)]
pub struct StrategyView {
    pub kind: Strategy,
    pub description: Option<String>,
    pub measures: Vec<Named>,
}

#[derive(Debug, Serialize)]
pub struct FundingView {
    pub id: String,
    pub name: String,
    pub kind: FundingKind,
    pub administrator: Option<String>,
    pub reference: Option<String>,
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

fn text(s: &Spanned<String>) -> String {
    s.value.clone()
}

fn opt(s: &Option<Spanned<String>>) -> Option<String> {
    s.as_ref().map(text)
}

/// Resolves ids to display names.
struct Names<'a> {
    names: std::collections::HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(plan: &'a Plan) -> Self {
        let mut names = std::collections::HashMap::new();
        let mut add = |id: &'a Spanned<String>, name: &'a Spanned<String>| {
            names
                .entry(id.value.as_str())
                .or_insert(name.value.as_str());
        };
        plan.units.iter().for_each(|e| add(&e.id, &e.name));
        plan.roles.iter().for_each(|e| add(&e.id, &e.name));
        plan.anchoring.iter().for_each(|e| add(&e.id, &e.title));
        plan.ambitions.iter().for_each(|e| add(&e.id, &e.title));
        plan.guidelines.iter().for_each(|e| add(&e.id, &e.title));
        plan.goals.iter().for_each(|e| add(&e.id, &e.title));
        plan.competence_areas
            .iter()
            .for_each(|e| add(&e.id, &e.name));
        plan.needs.iter().for_each(|e| add(&e.id, &e.title));
        plan.funding.iter().for_each(|e| add(&e.id, &e.name));
        plan.measures.iter().for_each(|e| add(&e.id, &e.title));
        plan.indicators.iter().for_each(|e| add(&e.id, &e.name));
        Self { names }
    }

    fn named(&self, id: &str) -> Named {
        Named {
            id: id.to_owned(),
            name: self.names.get(id).copied().unwrap_or(id).to_owned(),
        }
    }

    fn all(&self, ids: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<Named> {
        ids.into_iter().map(|id| self.named(id.as_ref())).collect()
    }
}

/// What the context is built from.
pub struct Inputs<'a> {
    /// The checked plan (no errors).
    pub plan: &'a Plan,
    /// Its index.
    pub index: &'a Index<'a>,
    /// Its derived values.
    pub analysis: &'a Analysis<'a>,
    /// The findings of the check (warnings only, as errors stop rendering).
    pub findings: &'a [Finding],
    /// Formatting for the chart labels.
    pub formatter: &'a Formatter,
    /// The translation catalogue.
    pub catalogue: serde_json::Value,
    /// Language code.
    pub lang: &'static str,
    /// Today.
    pub today: Date,
}

/// Builds the template context. The plan must have a manifest (checked plans do).
pub fn build(inputs: Inputs<'_>) -> Context {
    let Inputs {
        plan,
        analysis,
        findings,
        formatter,
        catalogue,
        lang,
        today,
        ..
    } = inputs;
    let manifest = plan
        .manifest
        .as_ref()
        .expect("a checked plan has a manifest");
    let meta = &manifest.plan.value;
    let names = Names::new(plan);
    let threshold = manifest.privacy_threshold();

    let info = PlanInfo {
        title: text(&meta.title),
        municipality: text(&meta.municipality),
        municipality_number: opt(&meta.municipality_number),
        scope: text(&meta.scope),
        period_start: meta.period.start.value,
        period_end: meta.period.end.value,
        status: meta.status.value,
        version: opt(&meta.version),
        summary: opt(&meta.summary),
        adoption: meta.adoption.as_ref().map(|a| AdoptionView {
            body: opt(&a.body),
            date: a.date.as_ref().map(|d| d.value),
            case: opt(&a.case),
        }),
        revision: meta.revision.as_ref().map(|r| RevisionView {
            plan_interval_years: r.plan_interval_years.as_ref().map(|v| v.value),
            action_interval_years: r.action_interval_years.as_ref().map(|v| v.value),
            next_review: r.next_review.as_ref().map(|d| d.value),
        }),
    };

    let budget = &analysis.budget;
    let coverage = analysis.coverage;
    let summary = Summary {
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
    };

    let organisation = plan.organisation.as_ref().map(|o| OrganisationView {
        owner: text(&o.owner),
        mandate: text(&o.mandate),
        groups: o
            .groups
            .iter()
            .map(|g| GroupView {
                name: text(&g.name),
                kind: g.kind.value,
                members: g
                    .members
                    .iter()
                    .map(|m| MemberView {
                        role: text(&m.role),
                        name: opt(&m.name),
                        represents: m.represents.value,
                    })
                    .collect(),
            })
            .collect(),
        milestones: o
            .milestones
            .iter()
            .map(|m| MilestoneView {
                date: m.date.value,
                title: text(&m.title),
                done: m.done.as_ref().is_some_and(|d| d.value),
            })
            .collect(),
    });

    let mut guideline_levels = Vec::new();
    for level in [
        crate::model::GuidelineLevel::National,
        crate::model::GuidelineLevel::Regional,
        crate::model::GuidelineLevel::Local,
    ] {
        let guidelines: Vec<GuidelineView> = plan
            .guidelines
            .iter()
            .filter(|g| g.level.value == level)
            .map(|g| GuidelineView {
                id: text(&g.id),
                title: text(&g.title),
                kind: g.kind.value,
                reference: opt(&g.reference),
                description: opt(&g.description),
            })
            .collect();
        if !guidelines.is_empty() {
            guideline_levels.push(GuidelineLevel { level, guidelines });
        }
    }

    let goals = plan
        .goals
        .iter()
        .map(|g| {
            let links = analysis.goals.get(g.id.value.as_str());
            GoalView {
                id: text(&g.id),
                title: text(&g.title),
                description: opt(&g.description),
                ambition: g.ambition.as_ref().map(|a| names.named(&a.value)),
                based_on: names.all(
                    g.based_on
                        .iter()
                        .flat_map(|b| b.value.iter())
                        .map(|r| r.value.as_str()),
                ),
                indicators: names.all(
                    g.indicators
                        .iter()
                        .flat_map(|b| b.value.iter())
                        .map(|r| r.value.as_str()),
                ),
                needs: links.map(|l| names.all(l.needs.iter())).unwrap_or_default(),
                measures: links
                    .map(|l| names.all(l.measures.iter()))
                    .unwrap_or_default(),
            }
        })
        .collect();

    let mut area_kinds = Vec::new();
    for kind in [AreaKind::Formal, AreaKind::NonFormal] {
        let areas: Vec<AreaView> = plan
            .competence_areas
            .iter()
            .filter(|a| a.kind.value == kind)
            .map(|a| AreaView {
                id: text(&a.id),
                name: text(&a.name),
                category: a.category.as_ref().map(|c| c.value),
                qualification: opt(&a.qualification),
                description: opt(&a.description),
            })
            .collect();
        if !areas.is_empty() {
            area_kinds.push(AreaKindView { kind, areas });
        }
    }

    // Only what the privacy step publishes reaches the context.
    let publication = crate::plan::privacy::publish(plan, threshold);
    let mut workforce: Vec<WorkforceUnit> = Vec::new();
    // Where each unit is in `workforce` (first-seen order): one look-up per row, not a search.
    let mut unit_at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let unit_totals: std::collections::HashMap<&str, &crate::plan::privacy::UnitTotals> =
        publication
            .units
            .iter()
            .map(|u| (u.unit.as_str(), u))
            .collect();
    for (row, published) in plan.workforce.iter().zip(&publication.rows) {
        let f = published.figures.as_ref();
        let view = WorkforceRow {
            role: row.role.as_ref().map(|r| names.named(&r.value)),
            as_of: row.as_of.value,
            source: opt(&row.source),
            withheld: published.withheld.is_some(),
            employees: f.map(|f| f.employees),
            fte: f.map(|f| f.fte),
            formal_competence: f.and_then(|f| f.formal_competence),
            part_time: f.and_then(|f| f.part_time),
            turnover: f.and_then(|f| f.turnover),
            sick_leave: f.and_then(|f| f.sick_leave),
        };
        match unit_at.get(row.unit.value.as_str()) {
            Some(&i) => workforce[i].rows.push(view),
            None => {
                unit_at.insert(&row.unit.value, workforce.len());
                let totals = unit_totals.get(row.unit.value.as_str());
                workforce.push(WorkforceUnit {
                    unit: names.named(&row.unit.value),
                    rows: vec![view],
                    age: totals.map(|t| t.age.shown().to_vec()).unwrap_or_default(),
                    departures: totals
                        .map(|t| t.departures.shown().to_vec())
                        .unwrap_or_default(),
                })
            }
        }
    }

    let needs = plan
        .needs
        .iter()
        .map(|n| {
            let figures = analysis.needs.get(n.id.value.as_str());
            NeedView {
                id: text(&n.id),
                title: text(&n.title),
                goals: names.all(n.goals.iter().map(|g| g.value.as_str())),
                area: names.named(&n.area.value),
                unit: n.unit.as_ref().map(|u| names.named(&u.value)),
                role: n.role.as_ref().map(|u| names.named(&u.value)),
                strategy: n.strategy.value,
                quantity: n.quantity.value,
                current: n.current.value,
                required: n.required.value,
                gap: n.required.value - n.current.value,
                closed: figures.filter(|f| f.closes_given).map(|f| f.closed),
                by: n.by.value,
                priority: n.priority.value,
                rationale: opt(&n.rationale),
                measures: figures
                    .map(|f| names.all(f.measures.iter()))
                    .unwrap_or_default(),
            }
        })
        .collect();

    let strategies = [
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
    .collect();

    let funding = plan
        .funding
        .iter()
        .map(|f| FundingView {
            id: text(&f.id),
            name: text(&f.name),
            kind: f.kind.value,
            administrator: opt(&f.administrator),
            reference: opt(&f.reference),
        })
        .collect();

    let measures = plan
        .measures
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
        .collect();

    let budget_view = BudgetView {
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
    };

    let year_value = |v: &YearValue| YearValueView {
        year: v.year.value,
        value: v.value.value,
    };
    let indicators = plan
        .indicators
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
        .collect();

    let evaluation = plan.evaluation.as_ref().map(|e| EvaluationView {
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
    });

    let traceability = plan
        .goals
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
        .collect();

    let charts = charts::build(
        plan,
        &workforce,
        &publication.units,
        threshold,
        &budget_view,
        &catalogue,
        formatter,
    );

    Context {
        meta: Meta {
            context_version: CONTEXT_VERSION,
            kplan_version: env!("CARGO_PKG_VERSION"),
            lang,
            today,
            privacy_threshold: threshold,
        },
        t: catalogue,
        plan: info,
        summary,
        organisation,
        units: plan
            .units
            .iter()
            .map(|u| UnitView {
                id: text(&u.id),
                name: text(&u.name),
                parent: u.parent.as_ref().map(|p| names.named(&p.value)),
            })
            .collect(),
        roles: plan
            .roles
            .iter()
            .map(|r| RoleView {
                id: text(&r.id),
                name: text(&r.name),
                education: opt(&r.education),
            })
            .collect(),
        anchoring: plan
            .anchoring
            .iter()
            .map(|a| AnchoringView {
                id: text(&a.id),
                kind: a.kind.value,
                title: text(&a.title),
                reference: opt(&a.reference),
                date: a.date.as_ref().map(|d| d.value),
                description: opt(&a.description),
            })
            .collect(),
        ambitions: plan
            .ambitions
            .iter()
            .map(|a| AmbitionView {
                id: text(&a.id),
                title: text(&a.title),
                description: opt(&a.description),
            })
            .collect(),
        guideline_levels,
        goals,
        competence: plan.competence.as_ref().map(|c| CompetenceView {
            definition: text(&c.definition),
            source: opt(&c.source),
            components: c.components.iter().map(|c| c.value).collect(),
        }),
        area_kinds,
        workforce,
        needs,
        strategies,
        funding,
        measures,
        budget: budget_view,
        indicators,
        evaluation,
        traceability,
        charts,
        changes: None,
    }
}
