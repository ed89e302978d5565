//! Heltid as figures: the average position size per workforce row, and totals per unit and for
//! the whole plan (employees, årsverk, position size, the employee-weighted averages of the
//! percent fields, vacancies). Explained for plan authors in `docs/plan-format.md`.
//!
//! Every total is computed from what the privacy step publishes ([`Publication`]), never from the
//! plan's raw rows: a total is a sum of shown figures, so it cannot give a withheld row away by
//! subtraction. When a row of the scope is withheld the total says so (`incomplete`), and never by
//! how many persons.
//!
//! Nobody is counted twice. Only the rows of a unit's latest `as_of` count. A row that includes
//! another (as in the privacy step: a row without `role` includes its unit's role rows and its
//! sub-units' rows; a role row includes the rows of that role in its sub-units) is counted instead
//! of the rows it includes; when it is withheld, the shown rows it includes are counted instead.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::privacy::{Coverage, Figures, Publication, ancestors};
use crate::model::Plan;

/// Totals of a set of published workforce rows.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Totals {
    /// Persons: the counted rows' `employees` added up.
    pub employees: i64,
    /// Årsverk: the counted rows' `fte` added up.
    pub fte: f64,
    /// Percent: average position size, `fte / employees` (one decimal); null when `employees`
    /// is 0.
    pub position_size: Option<f64>,
    /// Percent: `formal_competence` averaged over the counted rows that give it, weighted by
    /// their employees (one decimal); null when none gives it. Likewise the other percents.
    pub formal_competence: Option<f64>,
    /// Percent: share working part time, weighted like `formal_competence`.
    pub part_time: Option<f64>,
    /// Percent per year: turnover, weighted like `formal_competence`.
    pub turnover: Option<f64>,
    /// Percent: sick leave, weighted like `formal_competence`.
    pub sick_leave: Option<f64>,
    /// Percent: share who want a larger position, weighted like `formal_competence`.
    pub unwanted_part_time: Option<f64>,
    /// Årsverk: the counted rows' `vacancies` added up; null when none gives it.
    pub vacancies: Option<f64>,
    /// How many rows were added up.
    pub rows: usize,
    /// The fields (`formal_competence`, `part_time`, `turnover`, `sick_leave`,
    /// `unwanted_part_time`, `vacancies`) that only some of the counted rows give: their total
    /// is over those rows only, and the document marks it.
    pub partial: Vec<&'static str>,
    /// True when some persons of the scope are not in the totals: a row of it is withheld for
    /// privacy (or, rarely, a role row overlaps a sub-unit's total and is left out so that
    /// nobody counts twice). Says nothing about how many.
    pub incomplete: bool,
}

/// The heltid totals of a plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Staffing {
    /// Per unit id: the totals of its own rows of its latest `as_of` (its row without `role`
    /// when shown, else its shown role rows). Only units with a counted row.
    pub units: BTreeMap<String, Totals>,
    /// The whole plan: every unit's rows of its latest `as_of`, each person once. `None` when no
    /// row is counted.
    pub plan: Option<Totals>,
}

/// Average position size in percent, `fte / employees` to one decimal; `None` for 0 persons.
pub fn position_size(employees: i64, fte: f64) -> Option<f64> {
    (employees > 0).then(|| round(fte / employees as f64 * 100.0, 1))
}

fn round(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}

/// Adds up published figures.
/// The fields [`Totals::partial`] may name, in the order `totals` counts them.
const PARTIAL_FIELDS: [&str; 6] = [
    "formal_competence",
    "part_time",
    "turnover",
    "sick_leave",
    "unwanted_part_time",
    "vacancies",
];

fn totals<'a>(figures: impl IntoIterator<Item = &'a Figures>, incomplete: bool) -> Totals {
    let mut employees = 0i64;
    let mut fte = 0.0;
    let mut vacancies: Option<f64> = None;
    // (Σ employees × percent, Σ employees) per percent field.
    let mut weighted = [(0.0f64, 0i64); 5];
    let mut given = [false; 5];
    // How many rows give each percent field, and `vacancies`.
    let mut giving = [0usize; 6];
    let mut rows = 0;
    for f in figures {
        rows += 1;
        employees = employees.saturating_add(f.employees);
        fte += f.fte;
        if let Some(v) = f.vacancies {
            *vacancies.get_or_insert(0.0) += v;
            giving[5] += 1;
        }
        let percents = [
            f.formal_competence,
            f.part_time,
            f.turnover,
            f.sick_leave,
            f.unwanted_part_time,
        ];
        for (k, p) in percents.into_iter().enumerate() {
            if let Some(p) = p {
                given[k] = true;
                giving[k] += 1;
                weighted[k].0 += p * f.employees as f64;
                weighted[k].1 = weighted[k].1.saturating_add(f.employees);
            }
        }
    }
    let average = |k: usize| -> Option<f64> {
        let (sum, weight) = weighted[k];
        (given[k] && weight > 0).then(|| round(sum / weight as f64, 1))
    };
    Totals {
        employees,
        fte: round(fte, 2),
        position_size: position_size(employees, fte),
        formal_competence: average(0),
        part_time: average(1),
        turnover: average(2),
        sick_leave: average(3),
        unwanted_part_time: average(4),
        vacancies: vacancies.map(|v| round(v, 2)),
        partial: PARTIAL_FIELDS
            .iter()
            .zip(giving)
            .filter(|&(_, n)| n > 0 && n < rows)
            .map(|(&name, _)| name)
            .collect(),
        rows,
        incomplete,
    }
}

/// The rows of each unit's latest `as_of`, in plan order.
fn latest(plan: &Plan) -> Vec<usize> {
    let mut latest: BTreeMap<&str, _> = BTreeMap::new();
    for row in &plan.workforce {
        let date = latest
            .entry(row.unit.value.as_str())
            .or_insert(row.as_of.value);
        if row.as_of.value > *date {
            *date = row.as_of.value;
        }
    }
    (0..plan.workforce.len())
        .filter(|&i| {
            let row = &plan.workforce[i];
            latest.get(row.unit.value.as_str()) == Some(&row.as_of.value)
        })
        .collect()
}

/// The rows of `scope` to add up: shown, and included in no other shown (and not left out) row
/// of the scope. A role row of a unit beside a sub-unit's total would count the sub-unit's
/// persons of that role twice, with no row that says how many: it is left out (its shown
/// sub-unit rows of that role then count) and the totals are incomplete. Linear in the scope
/// (times the depth of the units), as a plan may have many rows.
fn counted(
    plan: &Plan,
    publication: &Publication,
    cover: &Coverage,
    scope: &[usize],
) -> (Vec<usize>, bool) {
    let rows = &plan.workforce;
    let shown = |i: usize| publication.rows[i].figures.is_some();
    let mut incomplete = scope.iter().any(|&i| !shown(i));
    let mut parents: BTreeMap<&str, &str> = BTreeMap::new();
    for unit in &plan.units {
        if let Some(parent) = &unit.parent {
            parents.entry(&unit.id.value).or_insert(&parent.value);
        }
    }
    // Whether a row takes part: in the scope, shown and not left out.
    let mut candidate = vec![false; rows.len()];
    for &i in scope {
        candidate[i] = shown(i);
    }
    loop {
        let list: Vec<usize> = scope
            .iter()
            .copied()
            .filter(|&i| candidate[i] && !cover.covered_by(i).iter().any(|&a| candidate[a]))
            .collect();
        // Counted role rows by unit, to find those above a counted sub-unit's total.
        let mut role_rows: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &i in &list {
            if rows[i].role.is_some() {
                role_rows.entry(&rows[i].unit.value).or_default().push(i);
            }
        }
        let mut overlapping = BTreeSet::new();
        for &b in list.iter().filter(|&&b| rows[b].role.is_none()) {
            for unit in ancestors(&parents, &rows[b].unit.value).iter().skip(1) {
                overlapping.extend(role_rows.get(unit).into_iter().flatten().copied());
            }
        }
        if overlapping.is_empty() {
            return (list, incomplete);
        }
        for a in overlapping {
            candidate[a] = false;
        }
        incomplete = true;
    }
}

/// The heltid totals per unit and for the whole plan, from the published figures.
pub fn staffing(plan: &Plan, publication: &Publication) -> Staffing {
    let cover = Coverage::new(plan, false);
    let scope = latest(plan);
    let figures = |list: &[usize]| -> Vec<&Figures> {
        list.iter()
            .filter_map(|&i| publication.rows[i].figures.as_ref())
            .collect()
    };
    let mut by_unit: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in &scope {
        by_unit
            .entry(plan.workforce[i].unit.value.as_str())
            .or_default()
            .push(i);
    }
    let units = by_unit
        .into_iter()
        .filter_map(|(unit, of_unit)| {
            let (list, incomplete) = counted(plan, publication, &cover, &of_unit);
            (!list.is_empty()).then(|| (unit.to_owned(), totals(figures(&list), incomplete)))
        })
        .collect();
    let (list, incomplete) = counted(plan, publication, &cover, &scope);
    Staffing {
        units,
        plan: (!list.is_empty()).then(|| totals(figures(&list), incomplete)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Unit, Workforce};
    use crate::plan::fixtures::{s, workforce};
    use crate::plan::privacy::publish;

    /// A row as of 2025-12-31, with no optional figure.
    fn row(unit: &str, role: Option<&str>, employees: i64, fte: f64) -> Workforce {
        Workforce {
            as_of: s(Date(jiff::civil::date(2025, 12, 31))),
            ..workforce(unit, role, employees, fte)
        }
    }

    fn plan(rows: Vec<Workforce>, units: &[(&str, Option<&str>)]) -> Plan {
        Plan {
            workforce: rows.into_iter().map(s).collect(),
            units: units
                .iter()
                .map(|(id, parent)| {
                    s(Unit {
                        id: s((*id).to_owned()),
                        name: s((*id).to_owned()),
                        parent: parent.map(|p| s(p.to_owned())),
                    })
                })
                .collect(),
            ..Plan::default()
        }
    }

    fn run(plan: &Plan) -> Staffing {
        staffing(plan, &publish(plan, 5))
    }

    #[test]
    fn position_size_is_fte_per_employee_and_none_for_nobody() {
        assert_eq!(position_size(40, 28.6), Some(71.5));
        assert_eq!(position_size(3, 2.0), Some(66.7));
        assert_eq!(position_size(0, 0.0), None);
    }

    #[test]
    fn percents_are_weighted_by_employees_over_the_rows_that_give_them() {
        let mut a = row("u", Some("x"), 30, 21.0);
        a.part_time = Some(s(80.0));
        a.unwanted_part_time = Some(s(20.0));
        a.vacancies = Some(s(1.5));
        let mut b = row("u", Some("y"), 10, 10.0);
        b.part_time = Some(s(0.0));
        b.vacancies = Some(s(0.5));
        let c = row("u", Some("z"), 10, 5.0);
        let t = run(&plan(vec![a, b, c], &[]));
        let u = &t.units["u"];
        assert_eq!(u.employees, 50);
        assert_eq!(u.fte, 36.0);
        assert_eq!(u.position_size, Some(72.0));
        // (30 × 80 + 10 × 0) / 40: row z gives no part_time and does not weigh in.
        assert_eq!(u.part_time, Some(60.0));
        // Only row x gives it.
        assert_eq!(u.unwanted_part_time, Some(20.0));
        assert_eq!(u.vacancies, Some(2.0));
        assert_eq!(u.formal_competence, None);
        assert_eq!(u.rows, 3);
        assert!(!u.incomplete);
        // Each of these is over some of the rows only (none gives formal_competence).
        assert_eq!(u.partial, ["part_time", "unwanted_part_time", "vacancies"]);
        assert_eq!(t.plan.as_ref(), Some(u));
    }

    #[test]
    fn a_row_of_nobody_has_no_position_size_or_averages() {
        let mut a = row("u", Some("x"), 0, 0.0);
        a.part_time = Some(s(50.0));
        let t = run(&plan(vec![a], &[]));
        let u = &t.units["u"];
        assert_eq!(u.employees, 0);
        assert_eq!(u.position_size, None);
        assert_eq!(u.part_time, None);
        assert_eq!(u.vacancies, None);
    }

    #[test]
    fn a_unit_total_is_counted_instead_of_its_role_rows() {
        let rows = vec![
            row("u", None, 50, 40.0),
            row("u", Some("x"), 30, 20.0),
            row("u", Some("y"), 15, 15.0),
        ];
        let t = run(&plan(rows, &[]));
        assert_eq!(t.units["u"].employees, 50);
        assert_eq!(t.units["u"].rows, 1);
        assert_eq!(t.plan.unwrap().employees, 50);
    }

    #[test]
    fn sub_units_are_counted_once() {
        let rows = vec![
            row("sector", None, 100, 80.0),
            row("a", None, 60, 50.0),
            row("a", Some("x"), 20, 15.0),
            row("b", Some("x"), 30, 20.0),
            row("other", None, 10, 10.0),
        ];
        let units = [
            ("sector", None),
            ("a", Some("sector")),
            ("b", Some("sector")),
        ];
        let t = run(&plan(rows, &units));
        let whole = t.plan.unwrap();
        assert_eq!(whole.employees, 110);
        assert_eq!(whole.fte, 90.0);
        assert!(!whole.incomplete);
        assert_eq!(t.units["a"].employees, 60);
        assert_eq!(t.units["b"].employees, 30);
    }

    #[test]
    fn only_the_latest_date_of_a_unit_counts() {
        let mut old = row("u", None, 40, 30.0);
        old.as_of = s(Date(jiff::civil::date(2024, 12, 31)));
        let t = run(&plan(vec![old, row("u", None, 44, 33.0)], &[]));
        assert_eq!(t.plan.unwrap().employees, 44);
    }

    #[test]
    fn a_withheld_total_counts_its_shown_rows_and_says_it_is_incomplete() {
        // 23 beside role rows of 10 and 10: the total would leave a group of 3, and is withheld.
        let rows = vec![
            row("u", None, 23, 20.0),
            row("u", Some("x"), 10, 8.0),
            row("u", Some("y"), 10, 9.0),
            row("v", Some("z"), 3, 3.0),
            row("v", Some("w"), 12, 6.0),
        ];
        let p = plan(rows, &[]);
        let published = publish(&p, 5);
        assert!(published.rows[0].figures.is_none());
        assert!(published.rows[3].figures.is_none());
        let t = staffing(&p, &published);
        assert_eq!(t.units["u"].employees, 20);
        assert!(t.units["u"].incomplete);
        let whole = t.plan.unwrap();
        assert_eq!(whole.employees, 32);
        assert_eq!(whole.fte, 23.0);
        assert!(whole.incomplete);
    }

    #[test]
    fn a_role_row_beside_a_sub_units_total_is_not_counted_twice() {
        let rows = vec![
            row("sector", Some("x"), 40, 30.0),
            row("a", None, 25, 20.0),
            row("a", Some("x"), 15, 10.0),
            row("b", Some("x"), 20, 15.0),
        ];
        let units = [("a", Some("sector")), ("b", Some("sector"))];
        let t = run(&plan(rows, &units));
        let whole = t.plan.unwrap();
        // a's total and b's nurses; the sector's own nurses outside a and b are not known.
        assert_eq!(whole.employees, 45);
        assert!(whole.incomplete);
    }
}
