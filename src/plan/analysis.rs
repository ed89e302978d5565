//! Derived values: gaps, coverage, budget and indicator progress, computed from a checked plan.
//! Used by the document and by comparisons; never written by hand in plan files.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{
    CostStatus, Date, Direction, Need, NeedQuantity, Plan, Spanned, Strategy, Workforce, YearValue,
};
use crate::plan::Index;

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
}

/// The replacement need of one need: the expected departures of its population (the workforce
/// rows with its `role`, and its `unit` when it names one), from the plan period's start through
/// its `by` year, inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Replacement {
    /// In the need's quantity: persons, or for an `fte` need each row's departures at that
    /// row's `fte / employees`.
    pub departures: f64,
    /// The same departures counted in persons (what the privacy step judges).
    pub persons: i64,
    /// Indices (in `plan.workforce`) of the rows that gave `departures`.
    pub rows: Vec<usize>,
}

impl Replacement {
    /// Whether a document may state it: no row it comes from is withheld (`withheld` is
    /// [`crate::plan::Checked::withheld`]) and the persons it counts are 0 or at least
    /// `threshold`. Otherwise it would state a withheld row's departures, or a group of departures
    /// smaller than the privacy threshold.
    pub fn publishable(&self, withheld: &[bool], threshold: i64) -> bool {
        let rows_shown = self
            .rows
            .iter()
            .all(|&i| !withheld.get(i).copied().unwrap_or(true));
        rows_shown && (self.persons == 0 || self.persons >= threshold)
    }
}

/// The replacement need of `need` in `plan`, when `replace_departures` is in force for it and a
/// row of its population gives `departures`. Without a plan period, every year through `by`
/// counts. A row of 0 employees converts to 0 årsverk. A row is not counted twice: of a unit's
/// rows of the role only those of the latest `as_of` count, and for a need without `unit` a row
/// is left out when a unit above it (`parent`) has a row of the role, which includes it.
pub fn replacement(plan: &Plan, need: &Need) -> Option<Replacement> {
    let parents: BTreeMap<&str, &str> = plan
        .units
        .iter()
        .filter_map(|u| Some((u.id.value.as_str(), u.parent.as_ref()?.value.as_str())))
        .collect();
    departures_through(
        &plan.workforce,
        &parents,
        need,
        plan.period().map(|(s, _)| s),
    )
}

/// [`replacement`] over `workforce` (`parents`: unit → the unit it belongs to), counting the
/// years from `start` (every year through `by` when `None`).
fn departures_through(
    workforce: &[Spanned<Workforce>],
    parents: &BTreeMap<&str, &str>,
    need: &Need,
    start: Option<i64>,
) -> Option<Replacement> {
    if !need.replaces_departures() {
        return None;
    }
    let role = need.role.as_ref()?;
    let start = start.unwrap_or(i64::MIN);
    let by = need.by.value;
    let fte = need.quantity.value == NeedQuantity::Fte;
    let population: Vec<(usize, &Workforce)> = workforce
        .iter()
        .map(|row| &row.value)
        .enumerate()
        .filter(|(_, row)| row.role.as_ref().is_some_and(|r| r.value == role.value))
        .filter(|(_, row)| need.unit.as_ref().is_none_or(|u| u.value == row.unit.value))
        .collect();
    // The latest figures of each unit; earlier snapshots of the same people do not add up.
    let mut latest: BTreeMap<&str, Date> = BTreeMap::new();
    for (_, row) in &population {
        let date = latest.entry(&row.unit.value).or_insert(row.as_of.value);
        *date = (*date).max(row.as_of.value);
    }
    let has_row = |unit: &str| latest.contains_key(unit);
    let mut departures = 0.0;
    let mut persons = 0i64;
    let mut rows = Vec::new();
    for (i, row) in population {
        if latest.get(row.unit.value.as_str()) != Some(&row.as_of.value) {
            continue;
        }
        if need.unit.is_none() && included_above(parents, &row.unit.value, has_row) {
            continue;
        }
        let Some(per_year) = &row.departures else {
            continue;
        };
        let leaving: i64 = per_year
            .value
            .0
            .iter()
            .filter(|(year, _)| (start..=by).contains(&year.value.0))
            .map(|(_, n)| n.value)
            .fold(0i64, i64::saturating_add);
        let factor = if !fte {
            1.0
        } else if row.employees.value > 0 {
            row.fte.value / row.employees.value as f64
        } else {
            0.0
        };
        departures += leaving as f64 * factor;
        persons = persons.saturating_add(leaving);
        rows.push(i);
    }
    (!rows.is_empty()).then_some(Replacement {
        departures,
        persons,
        rows,
    })
}

/// Whether a unit above `unit` (by `parents`, a cycle ends the walk) has a row, which then
/// includes `unit`'s row of the same role.
fn included_above(
    parents: &BTreeMap<&str, &str>,
    unit: &str,
    has_row: impl Fn(&str) -> bool,
) -> bool {
    let mut seen = BTreeSet::from([unit]);
    let mut current = unit;
    while let Some(&parent) = parents.get(current) {
        if !seen.insert(parent) {
            return false;
        }
        if has_row(parent) {
            return true;
        }
        current = parent;
    }
    false
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
    /// Per budget status (budgeted, applied, granted).
    pub by_status: Vec<(CostStatus, i64)>,
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
    let mut needs = BTreeMap::new();
    for need in &plan.needs {
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
    }
}

fn budget(plan: &Plan) -> Budget<'_> {
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
    years.extend(costs.iter().map(|(_, c)| c.year.value));
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
        CostStatus::Applied,
        CostStatus::Granted,
    ]
    .into_iter()
    .map(|s| (s, 0))
    .collect();
    let mut by_measure = BTreeMap::new();
    let mut total = 0i64;
    for (measure, cost) in costs {
        let amount = cost.amount.value;
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
        by_measure,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entries, NonEmpty, Priority, YearKey};
    use crate::source::{FileId, Span};

    fn s<T>(value: T) -> Spanned<T> {
        Spanned::new(value, Span::new(FileId(0), 0, 0))
    }

    /// A row of `employees` persons and `fte` årsverk with departures (year, persons), or none.
    fn row(
        unit: &str,
        role: &str,
        employees: i64,
        fte: f64,
        departures: Option<&[(i64, i64)]>,
    ) -> Spanned<Workforce> {
        s(Workforce {
            unit: s(unit.to_owned()),
            role: Some(s(role.to_owned())),
            as_of: s(Date(jiff::civil::date(2024, 12, 31))),
            source: None,
            employees: s(employees),
            fte: s(fte),
            formal_competence: None,
            part_time: None,
            turnover: None,
            sick_leave: None,
            unwanted_part_time: None,
            vacancies: None,
            age: None,
            departures: departures.map(|d| {
                s(Entries(
                    d.iter().map(|(y, n)| (s(YearKey(*y)), s(*n))).collect(),
                ))
            }),
        })
    }

    /// An acquire need for sykepleiere in `unit` (any unit when `None`), gap 6, by 2028.
    fn need(unit: Option<&str>, quantity: NeedQuantity) -> Need {
        Need {
            id: s("B1".to_owned()),
            title: s("Sykepleiere".to_owned()),
            goals: s(NonEmpty(vec![s("M1".to_owned())])),
            area: s("K1".to_owned()),
            unit: unit.map(|u| s(u.to_owned())),
            role: Some(s("sykepleier".to_owned())),
            strategy: s(Strategy::Acquire),
            quantity: s(quantity),
            current: s(38.0),
            required: s(44.0),
            by: s(2028),
            priority: s(Priority::High),
            rationale: None,
            replace_departures: None,
        }
    }

    const ISSUE: &[(i64, i64)] = &[(2025, 3), (2026, 4), (2027, 3), (2028, 4)];

    #[test]
    fn the_issue_s_example_sums_the_departures_of_the_period_through_by() {
        let rows = [row("hjemme", "sykepleier", 38, 31.4, Some(ISSUE))];
        let r = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(Some("hjemme"), NeedQuantity::Persons),
            Some(2025),
        )
        .unwrap();
        assert_eq!((r.departures, r.persons, r.rows), (14.0, 14, vec![0]));
    }

    #[test]
    fn years_before_the_period_and_after_by_are_left_out() {
        let years = &[(2024, 9), (2025, 3), (2028, 4), (2029, 7)];
        let rows = [row("hjemme", "sykepleier", 38, 31.4, Some(years))];
        let r = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(None, NeedQuantity::Persons),
            Some(2025),
        )
        .unwrap();
        assert_eq!(r.persons, 7);
        let mut by_2027 = need(None, NeedQuantity::Persons);
        by_2027.by = s(2027);
        let r = departures_through(&rows, &BTreeMap::new(), &by_2027, Some(2025)).unwrap();
        assert_eq!(r.persons, 3);
    }

    #[test]
    fn an_fte_need_counts_each_row_s_departures_at_its_position_size() {
        let rows = [
            row("a", "sykepleier", 10, 8.0, Some(&[(2025, 5)])),
            row("b", "sykepleier", 20, 10.0, Some(&[(2026, 2)])),
        ];
        let r = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(None, NeedQuantity::Fte),
            Some(2025),
        )
        .unwrap();
        assert!(
            (r.departures - (5.0 * 0.8 + 2.0 * 0.5)).abs() < 1e-9,
            "{r:?}"
        );
        assert_eq!(r.persons, 7);
        let persons = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(None, NeedQuantity::Persons),
            Some(2025),
        );
        assert_eq!(persons.unwrap().departures, 7.0);
    }

    #[test]
    fn a_need_with_a_unit_counts_only_that_unit_s_rows_of_its_role() {
        let rows = [
            row("a", "sykepleier", 10, 8.0, Some(&[(2025, 5)])),
            row("b", "sykepleier", 20, 10.0, Some(&[(2026, 2)])),
            row("a", "assistent", 20, 10.0, Some(&[(2026, 9)])),
        ];
        let r = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(Some("b"), NeedQuantity::Persons),
            Some(2025),
        );
        assert_eq!(r.map(|r| (r.persons, r.rows)), Some((2, vec![1])));
        let r = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(None, NeedQuantity::Persons),
            Some(2025),
        );
        assert_eq!(r.map(|r| (r.persons, r.rows)), Some((7, vec![0, 1])));
    }

    #[test]
    fn rows_without_departures_give_none_and_rows_with_none_in_the_window_give_zero() {
        let rows = [row("a", "sykepleier", 10, 8.0, None)];
        assert_eq!(
            departures_through(
                &rows,
                &BTreeMap::new(),
                &need(None, NeedQuantity::Persons),
                Some(2025)
            ),
            None
        );
        let rows = [
            row("a", "sykepleier", 10, 8.0, None),
            row("b", "sykepleier", 10, 8.0, Some(&[(2030, 2)])),
        ];
        let r = departures_through(
            &rows,
            &BTreeMap::new(),
            &need(None, NeedQuantity::Persons),
            Some(2025),
        );
        assert_eq!(r.map(|r| (r.persons, r.rows)), Some((0, vec![1])));
    }

    #[test]
    fn a_row_is_not_counted_twice() {
        let mut old = row("a", "sykepleier", 10, 8.0, Some(&[(2025, 5)]));
        old.value.as_of = s(Date(jiff::civil::date(2023, 12, 31)));
        let rows = [
            old,
            row("a", "sykepleier", 10, 8.0, Some(&[(2025, 2)])),
            row("helse", "sykepleier", 30, 24.0, Some(&[(2025, 6)])),
        ];
        let parents = BTreeMap::from([("a", "helse")]);
        let n = need(None, NeedQuantity::Persons);
        let r = departures_through(&rows, &parents, &n, Some(2025));
        assert_eq!(
            r.map(|r| (r.persons, r.rows)),
            Some((6, vec![2])),
            "helse includes a"
        );
        let r = departures_through(&rows, &BTreeMap::new(), &n, Some(2025));
        assert_eq!(
            r.map(|r| (r.persons, r.rows)),
            Some((8, vec![1, 2])),
            "the latest of a"
        );
    }

    #[test]
    fn a_need_without_role_or_with_replacement_off_has_none() {
        let rows = [row("a", "sykepleier", 10, 8.0, Some(ISSUE))];
        let mut no_role = need(None, NeedQuantity::Persons);
        no_role.role = None;
        no_role.replace_departures = Some(s(true));
        assert_eq!(
            departures_through(&rows, &BTreeMap::new(), &no_role, Some(2025)),
            None
        );
        let mut off = need(None, NeedQuantity::Persons);
        off.replace_departures = Some(s(false));
        assert_eq!(
            departures_through(&rows, &BTreeMap::new(), &off, Some(2025)),
            None
        );
    }

    #[test]
    fn the_default_is_on_for_acquire_needs_of_a_role_in_persons_or_fte() {
        assert!(need(None, NeedQuantity::Persons).replaces_departures());
        assert!(need(None, NeedQuantity::Fte).replaces_departures());
        assert!(!need(None, NeedQuantity::Percent).replaces_departures());
        let mut develop = need(None, NeedQuantity::Persons);
        develop.strategy = s(Strategy::Develop);
        assert!(!develop.replaces_departures());
        develop.replace_departures = Some(s(true));
        assert!(develop.replaces_departures(), "allowed on a develop need");
    }

    #[test]
    fn a_replacement_is_publishable_only_without_withheld_rows_and_small_sums() {
        let r = |persons, rows: Vec<usize>| Replacement {
            departures: persons as f64,
            persons,
            rows,
        };
        assert!(r(14, vec![0]).publishable(&[false], 5));
        assert!(r(0, vec![0]).publishable(&[false], 5));
        assert!(
            !r(3, vec![0]).publishable(&[false], 5),
            "a small group of leavers"
        );
        assert!(
            !r(14, vec![0, 1]).publishable(&[false, true], 5),
            "a withheld row"
        );
    }
}
