//! Derived values: gaps, coverage, budget and indicator progress, computed from a checked plan.
//! Used by the document and by comparisons; never written by hand in plan files.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{CostStatus, Direction, Plan, Strategy, YearValue};
use crate::plan::Index;
use crate::plan::apprentices::{self, Cover, Places};
pub use crate::plan::replacement::{Replacement, replacement};

/// Figures of one need.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedFigures<'a> {
    /// `required - current`.
    pub gap: f64,
    /// Sum of the `closes` given by the measures that name it.
    pub closed: f64,
    /// Whether any measure gave `closes` for it.
    pub closes_given: bool,
    /// Ids of the measures that name it, in file order.
    pub measures: Vec<&'a str>,
    /// The expected departures of its population through `by` ([`replacement`]); `None` when
    /// `replace_departures` is not in force or no row of its population gives `departures`.
    pub replacement: Option<Replacement>,
    /// `gap + replacement`: the gross number to recruit or qualify; `None` with `replacement`.
    pub recruitment: Option<f64>,
    /// What own apprentices completing through `by` deliver to it
    /// ([`crate::plan::apprentices::attribute`]).
    pub apprentices: Option<Cover>,
}

impl NeedFigures<'_> {
    /// What the measures' `closes` and the own apprentices cover together, in the need's
    /// quantity; `None` when neither gives anything.
    pub fn covered(&self) -> Option<f64> {
        let apprentices = self.apprentices.as_ref().map(|a| a.completing);
        match (self.closes_given.then_some(self.closed), apprentices) {
            (None, None) => None,
            (c, a) => Some(c.unwrap_or(0.0) + a.unwrap_or(0.0)),
        }
    }
}

/// The links of one goal.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalLinks<'a> {
    /// Ids of the needs that list the goal.
    pub needs: Vec<&'a str>,
    /// Ids of the measures that name one of those needs, without repeats.
    pub measures: Vec<&'a str>,
}

/// How much of the chain goal → need → measure is in place.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, schemars::JsonSchema)]
pub struct Coverage {
    /// Number of goals.
    pub goals_total: usize,
    /// Goals with at least one need and one measure.
    pub goals_covered: usize,
    /// Number of needs.
    pub needs_total: usize,
    /// Needs with at least one measure.
    pub needs_covered: usize,
}

impl Coverage {
    /// Share of goals covered, 0–100 (100 when there are no goals).
    pub fn goals_percent(&self) -> f64 {
        percent(self.goals_covered, self.goals_total)
    }

    /// Share of needs covered, 0–100.
    pub fn needs_percent(&self) -> f64 {
        percent(self.needs_covered, self.needs_total)
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// Costs of the plan by year, funding source, strategy and status.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Budget<'a> {
    /// The years shown: the plan period and any year a cost falls in, sorted.
    pub years: Vec<i64>,
    /// Per funding source id (in definition order), the amount per year of `years`.
    pub by_source: Vec<(&'a str, Vec<i64>)>,
    /// Total per year of `years`.
    pub by_year: Vec<i64>,
    /// Per strategy (in the order acquire, develop, mobilise, phase-out).
    pub by_strategy: Vec<(Strategy, i64)>,
    /// Per budget status that counts (budgeted, to-apply, applied, granted).
    pub by_status: Vec<(CostStatus, i64)>,
    /// The rejected costs, counted in no other figure here.
    pub rejected: i64,
    /// Per measure id, its total.
    pub by_measure: BTreeMap<&'a str, i64>,
    /// Everything.
    pub total: i64,
}

/// Progress of one indicator.
#[derive(Debug, Clone)]
pub struct Progress {
    /// The latest measurement (by year).
    pub latest: Option<YearValue>,
    /// Whether the latest measurement reached the target or moved from the baseline in the
    /// indicator's direction; `None` without a measurement, baseline or target.
    pub on_track: Option<bool>,
}

/// All derived values of a plan.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// Per need id.
    pub needs: BTreeMap<&'a str, NeedFigures<'a>>,
    /// Per goal id.
    pub goals: BTreeMap<&'a str, GoalLinks<'a>>,
    /// Coverage.
    pub coverage: Coverage,
    /// Budget.
    pub budget: Budget<'a>,
    /// Per indicator id.
    pub indicators: BTreeMap<&'a str, Progress>,
    /// Apprenticeship places per year ([`apprentices::places_by_year`]).
    pub places: Vec<Places>,
}

/// Computes the derived values.
pub fn analyse<'a>(plan: &'a Plan, index: &Index<'a>) -> Analysis<'a> {
    // The `closes` given for each need, gathered in one pass over the measures.
    let mut closes: std::collections::HashMap<&str, Vec<f64>> = std::collections::HashMap::new();
    for measure in &plan.measures {
        for r in measure.needs.iter() {
            if let Some(c) = r.value.closes() {
                closes
                    .entry(r.value.id().value.as_str())
                    .or_default()
                    .push(c.value);
            }
        }
    }
    let mut covers = apprentices::attribute(plan).into_iter();
    let mut needs = BTreeMap::new();
    for need in &plan.needs {
        let cover = covers.next().flatten();
        let id = need.id.value.as_str();
        let measures: Vec<&str> = index
            .measures_of_need
            .get(id)
            .map(|ms| ms.iter().map(|m| m.id.value.as_str()).collect())
            .unwrap_or_default();
        let given = closes.get(id).map(Vec::as_slice).unwrap_or_default();
        let gap = need.required.value - need.current.value;
        let replacement = replacement(plan, need);
        needs.entry(id).or_insert(NeedFigures {
            gap,
            closed: given.iter().sum(),
            closes_given: !given.is_empty(),
            measures,
            recruitment: replacement.as_ref().map(|r| gap + r.departures),
            replacement,
            apprentices: cover,
        });
    }
    let mut goals = BTreeMap::new();
    for goal in &plan.goals {
        let id = goal.id.value.as_str();
        let goal_needs: Vec<&str> = index
            .needs_of_goal
            .get(id)
            .map(|ns| ns.iter().map(|n| n.id.value.as_str()).collect())
            .unwrap_or_default();
        let mut seen = BTreeSet::new();
        let measures = goal_needs
            .iter()
            .filter_map(|n| needs.get(n))
            .flat_map(|f: &NeedFigures<'a>| f.measures.iter().copied())
            .filter(|m| seen.insert(*m))
            .collect();
        goals.entry(id).or_insert(GoalLinks {
            needs: goal_needs,
            measures,
        });
    }
    let coverage = Coverage {
        goals_total: plan.goals.len(),
        goals_covered: plan
            .goals
            .iter()
            .filter(|g| {
                goals
                    .get(g.id.value.as_str())
                    .is_some_and(|l| !l.needs.is_empty() && !l.measures.is_empty())
            })
            .count(),
        needs_total: plan.needs.len(),
        needs_covered: plan
            .needs
            .iter()
            .filter(|n| {
                needs
                    .get(n.id.value.as_str())
                    .is_some_and(|f| !f.measures.is_empty())
            })
            .count(),
    };
    let indicators = plan
        .indicators
        .iter()
        .map(|i| {
            let latest = i
                .measurements
                .iter()
                .max_by_key(|m| m.year.value)
                .map(|m| m.value.clone());
            let on_track = match (&latest, &i.baseline, &i.target) {
                (Some(latest), Some(baseline), Some(target)) => {
                    let (now, base, goal) = (
                        latest.value.value,
                        baseline.value.value.value,
                        target.value.value.value,
                    );
                    Some(match i.direction.value {
                        Direction::Increase => now >= goal || now > base,
                        Direction::Decrease => now <= goal || now < base,
                    })
                }
                _ => None,
            };
            (i.id.value.as_str(), Progress { latest, on_track })
        })
        .collect();
    Analysis {
        needs,
        goals,
        coverage,
        budget: budget(plan),
        indicators,
        places: apprentices::places_by_year(plan),
    }
}

/// The costs of `plan` by year, funding source, strategy and status (the [`Budget`] of
/// [`analyse`], for a rule that needs only it).
pub fn budget(plan: &Plan) -> Budget<'_> {
    let mut years: BTreeSet<i64> = plan
        .period()
        .filter(|(s, e)| s <= e && e.saturating_sub(*s) < 100)
        .map(|(s, e)| (s..=e).collect())
        .unwrap_or_default();
    let costs: Vec<_> = plan
        .measures
        .iter()
        .flat_map(|m| {
            m.costs
                .iter()
                .flat_map(|c| c.value.iter())
                .map(move |c| (m, c))
        })
        .collect();
    // A rejected cost adds no column: it counts nowhere.
    years.extend(
        costs
            .iter()
            .filter(|(_, c)| c.status.value.counts())
            .map(|(_, c)| c.year.value),
    );
    let years: Vec<i64> = years.into_iter().collect();
    let column = |year: i64| years.binary_search(&year).unwrap_or(0);
    let mut sources: Vec<(&str, Vec<i64>)> = plan
        .funding
        .iter()
        .map(|f| (f.id.value.as_str(), vec![0i64; years.len()]))
        .collect();
    // The row of each funding source (the first, if an id is duplicated): one look-up per cost.
    let mut source_at: HashMap<&str, usize> = HashMap::new();
    for (i, (id, _)) in sources.iter().enumerate() {
        source_at.entry(id).or_insert(i);
    }
    let mut by_year = vec![0i64; years.len()];
    let mut by_strategy: Vec<(Strategy, i64)> = [
        Strategy::Acquire,
        Strategy::Develop,
        Strategy::Mobilise,
        Strategy::PhaseOut,
    ]
    .into_iter()
    .map(|s| (s, 0))
    .collect();
    let mut by_status: Vec<(CostStatus, i64)> = [
        CostStatus::Budgeted,
        CostStatus::ToApply,
        CostStatus::Applied,
        CostStatus::Granted,
    ]
    .into_iter()
    .map(|s| (s, 0))
    .collect();
    let mut by_measure = BTreeMap::new();
    let mut total = 0i64;
    let mut rejected = 0i64;
    for (measure, cost) in costs {
        let amount = cost.amount.value;
        if !cost.status.value.counts() {
            // Shown with its measure, counted in no total.
            rejected = rejected.saturating_add(amount);
            continue;
        }
        let col = column(cost.year.value);
        if let Some(&i) = source_at.get(cost.funding.value.as_str()) {
            let row = &mut sources[i].1;
            row[col] = row[col].saturating_add(amount);
        }
        by_year[col] = by_year[col].saturating_add(amount);
        if let Some((_, sum)) = by_strategy
            .iter_mut()
            .find(|(s, _)| *s == measure.strategy.value)
        {
            *sum = sum.saturating_add(amount);
        }
        if let Some((_, sum)) = by_status.iter_mut().find(|(s, _)| *s == cost.status.value) {
            *sum = sum.saturating_add(amount);
        }
        let entry = by_measure.entry(measure.id.value.as_str()).or_insert(0i64);
        *entry = entry.saturating_add(amount);
        total = total.saturating_add(amount);
    }
    Budget {
        years,
        by_source: sources,
        by_year,
        by_strategy,
        by_status,
        rejected,
        by_measure,
        total,
    }
}
