//! Own apprentices (lærlinger): what their completions deliver to the recruitment needs, and
//! the apprenticeship places per year beside KS's recommendation of at least 2 per 1 000
//! inhabitants. The method is explained for plan authors in `docs/plan-format.md`.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Apprentice, Entries, Need, NeedQuantity, Plan, Spanned, YearKey};

/// KS's recommendation (landstinget 2016): at least this many apprenticeship places per 1 000
/// inhabitants.
pub const RECOMMENDED_PER_THOUSAND: i64 = 2;

/// What own apprentices deliver to one need: the completions of the apprentice entries
/// attributed to it ([`attribute`]), from the plan period's start through its `by`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// In the need's quantity: persons, or for an `fte` need each completion at the average
    /// position size of the need's population (1 årsverk when it has no rows).
    pub completing: f64,
    /// The same completions in persons.
    pub persons: i64,
    /// Indices (in `plan.apprentices`) of the entries attributed to the need, in file order.
    pub entries: Vec<usize>,
    /// Indices (in `plan.workforce`) of the rows whose position size converted the completions
    /// to årsverk (an `fte` need only).
    pub rows: Vec<usize>,
}

impl Cover {
    /// Whether a document may state `completing`: an apprentice count is no workforce figure,
    /// but converted to årsverk it carries the position size of the rows it was converted
    /// with, so none of them may be withheld ([`crate::plan::Checked::withheld`]).
    pub fn publishable(&self, withheld: &[bool]) -> bool {
        self.rows
            .iter()
            .all(|&i| !withheld.get(i).copied().unwrap_or(true))
    }
}

/// For each need (in `plan.needs` order), what own apprentices deliver to it; `None` when no
/// apprentice entry is attributed to it.
///
/// An entry counts toward one need only, so that no completion is counted twice: among the needs
/// with `replace_departures` in force and the entry's `role`, the one of the entry's `unit`
/// first, then one of a unit the entry's unit belongs to (`parent`, nearest first), then one
/// without `unit`, then (for an entry without `unit`) one of any unit; among equals the first in
/// file order. An entry without `role` or `completing` counts toward no need.
pub fn attribute(plan: &Plan) -> Vec<Option<Cover>> {
    let parents: BTreeMap<&str, &str> = plan
        .units
        .iter()
        .filter_map(|u| Some((u.id.value.as_str(), u.parent.as_ref()?.value.as_str())))
        .collect();
    let start = plan.period().map(|(s, _)| s).unwrap_or(i64::MIN);
    let mut covers: Vec<Option<Cover>> = vec![None; plan.needs.len()];
    for (e, entry) in plan.apprentices.iter().enumerate() {
        let Some(need) = best_need(&plan.needs, &parents, entry) else {
            continue;
        };
        let Some(completing) = &entry.completing else {
            continue;
        };
        let by = plan.needs[need].by.value;
        let persons = sum_years(&completing.value, start, by);
        let (factor, rows) = position_size(plan, &plan.needs[need]);
        let cover = covers[need].get_or_insert(Cover {
            completing: 0.0,
            persons: 0,
            entries: Vec::new(),
            rows,
        });
        cover.completing += persons as f64 * factor;
        cover.persons = cover.persons.saturating_add(persons);
        cover.entries.push(e);
    }
    covers
}

/// The need an entry counts toward, by the order of [`attribute`].
fn best_need(
    needs: &[Spanned<Need>],
    parents: &BTreeMap<&str, &str>,
    entry: &Apprentice,
) -> Option<usize> {
    let role = &entry.role.as_ref()?.value;
    entry.completing.as_ref()?;
    // The entry's unit and the units above it, nearest first.
    let mut chain: Vec<&str> = Vec::new();
    if let Some(unit) = &entry.unit {
        let mut seen = BTreeSet::new();
        let mut current = unit.value.as_str();
        while seen.insert(current) {
            chain.push(current);
            match parents.get(current) {
                Some(&parent) => current = parent,
                None => break,
            }
        }
    }
    let rank = |need: &Need| -> Option<usize> {
        match &need.unit {
            Some(unit) if entry.unit.is_some() => {
                chain.iter().position(|u| *u == unit.value.as_str())
            }
            None => Some(chain.len()),
            Some(_) => Some(chain.len() + 1),
        }
    };
    needs
        .iter()
        .enumerate()
        .filter(|(_, n)| n.replaces_departures())
        .filter(|(_, n)| n.role.as_ref().is_some_and(|r| r.value == *role))
        .filter_map(|(i, n)| Some((rank(n)?, i)))
        .min()
        .map(|(_, i)| i)
}

/// The årsverk one person of `need`'s population fills: 1 for a need in persons; for an `fte`
/// need the average position size (`fte / employees`) of the rows its departures come from, 1
/// when there are none; with the rows it comes from.
fn position_size(plan: &Plan, need: &Need) -> (f64, Vec<usize>) {
    if need.quantity.value != NeedQuantity::Fte {
        return (1.0, Vec::new());
    }
    let Some(replacement) = super::replacement::replacement(plan, need) else {
        return (1.0, Vec::new());
    };
    let (fte, employees) = replacement
        .rows
        .iter()
        .map(|&i| &plan.workforce[i].value)
        .fold((0.0, 0i64), |(f, e), row| {
            (f + row.fte.value, e.saturating_add(row.employees.value))
        });
    if employees > 0 {
        (fte / employees as f64, replacement.rows)
    } else {
        (1.0, Vec::new())
    }
}

/// The values of `per_year` in the years `start..=by`.
fn sum_years(per_year: &Entries<YearKey, i64>, start: i64, by: i64) -> i64 {
    per_year
        .0
        .iter()
        .filter(|(year, _)| (start..=by).contains(&year.value.0))
        .map(|(_, n)| n.value)
        .fold(0i64, i64::saturating_add)
}

/// The apprenticeship places of one year, beside KS's recommendation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct Places {
    /// The year.
    pub year: i64,
    /// Places in the year, all entries added up.
    pub places: i64,
    /// Places per 1 000 inhabitants; null without `[plan] population`.
    pub per_thousand: Option<f64>,
    /// The places KS's recommendation asks for (2 per 1 000 inhabitants, rounded up); null
    /// without `[plan] population`.
    pub recommended: Option<i64>,
}

impl Places {
    /// Whether the year has fewer places than KS recommends (`false` without a population).
    pub fn below_recommendation(&self) -> bool {
        self.recommended.is_some_and(|r| self.places < r)
    }
}

/// The apprenticeship places per year: the years of the plan period, and any other year an entry
/// gives places for, sorted. A year of the period no entry gives counts 0 places. Empty when the
/// plan has no apprentices and no population.
pub fn places_by_year(plan: &Plan) -> Vec<Places> {
    let population = plan
        .manifest
        .as_ref()
        .and_then(|m| m.plan.value.population.as_ref())
        .map(|p| p.value)
        .filter(|p| *p > 0);
    if plan.apprentices.is_empty() && population.is_none() {
        return Vec::new();
    }
    let mut years: BTreeMap<i64, i64> = plan
        .period()
        .filter(|(s, e)| s <= e && e.saturating_sub(*s) < 100)
        .map(|(s, e)| (s..=e).map(|y| (y, 0)).collect())
        .unwrap_or_default();
    for entry in &plan.apprentices {
        for (year, n) in &entry.places.value.0 {
            let sum = years.entry(year.value.0).or_insert(0);
            *sum = sum.saturating_add(n.value);
        }
    }
    years
        .into_iter()
        .map(|(year, places)| Places {
            year,
            places,
            per_thousand: population.map(|p| places as f64 * 1000.0 / p as f64),
            // At least 2 per 1 000: the smallest whole number of places with
            // places × 1 000 ≥ 2 × population.
            recommended: population
                .map(|p| (p.saturating_mul(RECOMMENDED_PER_THOUSAND) + 999) / 1000),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Manifest, Period, PlanMeta, PlanStatus, Strategy, Unit, Workforce};
    use crate::plan::fixtures::{s, workforce, years};

    fn entry(
        id: &str,
        role: Option<&str>,
        unit: Option<&str>,
        completing: &[(i64, i64)],
    ) -> Spanned<Apprentice> {
        s(Apprentice {
            id: s(id.to_owned()),
            trade: s("Helsearbeiderfaget".to_owned()),
            role: role.map(|r| s(r.to_owned())),
            unit: unit.map(|u| s(u.to_owned())),
            places: years(&[(2025, 4), (2026, 6)]),
            completing: (!completing.is_empty()).then(|| years(completing)),
        })
    }

    /// An acquire need for helsefagarbeidere in `unit` (any unit when `None`), gap 6.
    fn need(id: &str, unit: Option<&str>, quantity: NeedQuantity, by: i64) -> Spanned<Need> {
        s(crate::plan::fixtures::need(
            id,
            "helsefagarbeider",
            unit,
            quantity,
            (40.0, 46.0),
            by,
        ))
    }

    fn unit(id: &str, parent: Option<&str>) -> Spanned<Unit> {
        s(Unit {
            id: s(id.to_owned()),
            name: s(id.to_owned()),
            parent: parent.map(|p| s(p.to_owned())),
        })
    }

    fn plan(population: Option<i64>) -> Plan {
        let meta = PlanMeta {
            id: None,
            parent: None,
            title: s("Plan".to_owned()),
            municipality: s("Testvik".to_owned()),
            municipality_number: None,
            scope: s("Helse".to_owned()),
            period: s(Period {
                start: s(2025),
                end: s(2028),
            }),
            population: population.map(s),
            language: None,
            status: s(PlanStatus::Draft),
            version: None,
            summary: None,
            foreword: None,
            adoption: None,
            consultation: None,
            revision: None,
        };
        Plan {
            manifest: Some(Manifest {
                plan: s(meta),
                checks: None,
                render: None,
                appendices: Vec::new(),
                workspace: None,
            }),
            ..Plan::default()
        }
    }

    #[test]
    fn completions_through_by_count_toward_the_need_of_the_role() {
        let mut p = plan(None);
        p.needs = vec![need("B1", Some("sykehjem"), NeedQuantity::Persons, 2027)];
        p.apprentices = vec![entry(
            "L1",
            Some("helsefagarbeider"),
            Some("sykehjem"),
            &[(2024, 9), (2026, 2), (2027, 4), (2028, 6)],
        )];
        let covers = attribute(&p);
        // 2024 is before the period, 2028 after `by`.
        assert_eq!(
            covers,
            vec![Some(Cover {
                completing: 6.0,
                persons: 6,
                entries: vec![0],
                rows: Vec::new(),
            })]
        );
    }

    #[test]
    fn an_entry_counts_once_toward_the_nearest_need() {
        let mut p = plan(None);
        p.units = vec![unit("helse", None), unit("sykehjem", Some("helse"))];
        p.needs = vec![
            need("B1", None, NeedQuantity::Persons, 2028),
            need("B2", Some("helse"), NeedQuantity::Persons, 2028),
            need("B3", Some("sykehjem"), NeedQuantity::Persons, 2028),
        ];
        p.apprentices = vec![
            entry(
                "L1",
                Some("helsefagarbeider"),
                Some("sykehjem"),
                &[(2027, 4)],
            ),
            entry("L2", Some("helsefagarbeider"), Some("hjemme"), &[(2027, 3)]),
            entry("L3", Some("helsefagarbeider"), None, &[(2027, 2)]),
        ];
        let persons: Vec<Option<i64>> = attribute(&p)
            .iter()
            .map(|c| c.as_ref().map(|c| c.persons))
            .collect();
        // L1 to its own unit's B3; L2 (a unit no need names) to B1 without unit; L3 (no unit)
        // to B1 too, before the needs of a unit.
        assert_eq!(persons, vec![Some(5), None, Some(4)]);
        let mut p2 = plan(None);
        p2.units = p.units.clone();
        p2.needs = vec![need("B2", Some("helse"), NeedQuantity::Persons, 2028)];
        p2.apprentices = vec![entry(
            "L1",
            Some("helsefagarbeider"),
            Some("sykehjem"),
            &[(2027, 4)],
        )];
        // A unit above the entry's unit.
        assert_eq!(attribute(&p2)[0].as_ref().map(|c| c.persons), Some(4));
    }

    #[test]
    fn entries_without_role_or_completing_or_needs_without_replacement_count_nowhere() {
        let mut p = plan(None);
        let mut develop = need("B2", None, NeedQuantity::Persons, 2028);
        develop.value.strategy = s(Strategy::Develop);
        p.needs = vec![develop];
        p.apprentices = vec![
            entry("L1", Some("helsefagarbeider"), None, &[(2027, 4)]),
            entry("L2", None, None, &[(2027, 4)]),
            entry("L3", Some("helsefagarbeider"), None, &[]),
        ];
        assert_eq!(attribute(&p), vec![None]);
        // replace_departures: true on the develop need lets them count.
        p.needs[0].value.replace_departures = Some(s(true));
        assert_eq!(attribute(&p)[0].as_ref().map(|c| c.persons), Some(4));
    }

    #[test]
    fn an_fte_need_counts_completions_at_the_population_s_position_size() {
        let mut p = plan(None);
        p.needs = vec![need("B1", Some("sykehjem"), NeedQuantity::Fte, 2028)];
        p.apprentices = vec![entry(
            "L1",
            Some("helsefagarbeider"),
            Some("sykehjem"),
            &[(2027, 4), (2028, 6)],
        )];
        // No rows: one årsverk each.
        assert_eq!(attribute(&p)[0].as_ref().map(|c| c.completing), Some(10.0));
        p.workforce = vec![s(Workforce {
            departures: Some(years(&[(2026, 2)])),
            ..workforce("sykehjem", Some("helsefagarbeider"), 40, 30.0)
        })];
        let cover = attribute(&p)[0].clone().unwrap();
        assert_eq!((cover.completing, cover.persons), (7.5, 10));
        // Converted with row 0's position size: publishable only while row 0 is shown.
        assert_eq!(cover.rows, vec![0]);
        assert!(cover.publishable(&[false]));
        assert!(!cover.publishable(&[true]));
    }

    #[test]
    fn places_per_year_fill_the_period_and_compare_with_two_per_thousand() {
        let mut p = plan(Some(12_400));
        p.apprentices = vec![
            entry("L1", Some("helsefagarbeider"), None, &[]),
            entry("L2", None, None, &[]),
        ];
        p.apprentices[1].value.places = years(&[(2026, 20), (2030, 1)]);
        let places = places_by_year(&p);
        let got: Vec<(i64, i64, Option<i64>, bool)> = places
            .iter()
            .map(|y| (y.year, y.places, y.recommended, y.below_recommendation()))
            .collect();
        // 2 × 12 400 / 1 000 = 24.8: 25 places.
        assert_eq!(
            got,
            vec![
                (2025, 4, Some(25), true),
                (2026, 26, Some(25), false),
                (2027, 0, Some(25), true),
                (2028, 0, Some(25), true),
                (2030, 1, Some(25), true),
            ]
        );
        assert_eq!(places[1].per_thousand, Some(26.0 * 1000.0 / 12_400.0));
        // Exactly 2 per 1 000 is enough.
        let mut p = plan(Some(10_000));
        p.apprentices = vec![entry("L1", None, None, &[])];
        p.apprentices[0].value.places = years(&[(2025, 20)]);
        assert!(!places_by_year(&p)[0].below_recommendation());
        // Without a population nothing is recommended; without apprentices and population, no
        // years at all.
        assert!(places_by_year(&plan(None)).is_empty());
        let mut p = plan(None);
        p.apprentices = vec![entry("L1", None, None, &[])];
        assert!(places_by_year(&p).iter().all(|y| y.recommended.is_none()));
    }
}
