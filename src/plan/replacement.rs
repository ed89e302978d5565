//! The replacement need of a need: the expected departures of its population through its `by`
//! (KS step 5, part 1: bemanning). Used by the analysis, by own apprentices (to convert to
//! årsverk) and by the rules; the method is explained for plan authors in `docs/plan-format.md`.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Date, Need, NeedQuantity, Plan, Spanned, Workforce};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Strategy;
    use crate::plan::fixtures::{s, workforce, years};

    /// A row of `employees` persons and `fte` årsverk with departures (year, persons), or none.
    fn row(
        unit: &str,
        role: &str,
        employees: i64,
        fte: f64,
        departures: Option<&[(i64, i64)]>,
    ) -> Spanned<Workforce> {
        s(Workforce {
            departures: departures.map(years),
            ..workforce(unit, Some(role), employees, fte)
        })
    }

    /// An acquire need for sykepleiere in `unit` (any unit when `None`), gap 6, by 2028.
    fn need(unit: Option<&str>, quantity: NeedQuantity) -> Need {
        crate::plan::fixtures::need("B1", "sykepleier", unit, quantity, (38.0, 44.0), 2028)
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
