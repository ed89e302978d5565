//! The privacy step: turns the raw workforce rows into what may be published. Every output that
//! shows workforce figures (the document and its charts, `--dump-context`, `kplan diff`, the
//! messages of the rules about workforce rows) uses this and never the raw rows, so no figure
//! about a group below `[render] privacy_threshold` reaches an output, directly or by
//! subtraction. The rule is explained for plan authors in `docs/privacy.md`.
//!
//! 1. **Primary**: a row with 1 ≤ `employees` < N is withheld whole. A row of 0 persons is about
//!    nobody and is shown.
//! 2. **Secondary**: a row that *covers* a withheld row (a row without `role` covers the other
//!    rows of its unit; a row of a unit covers the rows of the same role, or every row when it has
//!    no role, in the unit's sub-units) is withheld too, as it minus the shown rows is the withheld
//!    row; so is a covering row whose persons outside the rows it covers are a small group (a
//!    total of 23 beside its only role row of 20; counted minus its role rows, minus its
//!    sub-units' totals, and minus both with their overlap added back). Only rows of one `as_of`
//!    are compared. Repeated until nothing changes.
//! 3. **Small cells**: age bands and departures are published per unit only (its charts: the
//!    shown rows added up), never per row. Bands (in their order) and years (in year order) with
//!    1 ≤ n < N are merged with their neighbours until every cell is 0 or ≥ N. When a row covers
//!    rows of a sub-unit, one chart minus another is a sum of rows: then those charts and all
//!    their rows share one set of cell boundaries that every one of them needs, so no difference
//!    splits a cell. When everything merged is still below N, it is one cell shown as "under N",
//!    and an exact figure that includes it leaves that dimension out.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Plan, Spanned, Workforce};

/// Why a row is withheld.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Withheld {
    /// Fewer persons than the threshold.
    SmallGroup,
    /// It covers a withheld row, which could be had by subtraction.
    Subtraction,
}

/// One published cell: one age band or year, or a merged range of them.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Cell {
    /// The band (or year), or the merged bands `a / b` (years `a–b`).
    pub label: String,
    /// Persons; `None` when fewer than the threshold (shown as "under N").
    pub persons: Option<i64>,
}

/// A dimension of cells (age bands or departures) as published.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Cells {
    /// The plan gives none.
    #[default]
    None,
    /// Shown.
    Shown(Vec<Cell>),
    /// Left out: it includes a cell shown as "under N".
    Withheld,
}

impl Cells {
    /// The shown cells, empty when there are none or they are withheld.
    pub fn shown(&self) -> &[Cell] {
        match self {
            Cells::Shown(cells) => cells,
            _ => &[],
        }
    }
}

/// The publishable figures of a shown row. Its age bands and departures are published only
/// added up per unit ([`UnitTotals`]): every published figure is one more to subtract from.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// Persons.
    pub employees: i64,
    /// Årsverk.
    pub fte: f64,
    /// Percent.
    pub formal_competence: Option<f64>,
    /// Percent.
    pub part_time: Option<f64>,
    /// Percent per year.
    pub turnover: Option<f64>,
    /// Percent.
    pub sick_leave: Option<f64>,
    /// Percent of the employees who want a larger position.
    pub unwanted_part_time: Option<f64>,
    /// Unfilled positions, in årsverk.
    pub vacancies: Option<f64>,
}

/// One workforce row as it may be published.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Why it is withheld, if it is.
    pub withheld: Option<Withheld>,
    /// Its figures; `None` when withheld.
    pub figures: Option<Figures>,
}

/// The figures of a unit's charts: its shown rows added up (its row without `role`, when it has
/// one, else its other rows), merged like a row.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitTotals {
    /// The unit's id.
    pub unit: String,
    /// Age bands.
    pub age: Cells,
    /// Departures by year.
    pub departures: Cells,
}

/// The workforce as it may be published.
#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    /// One per row of the plan, in the same order.
    pub rows: Vec<Row>,
    /// One per unit with a shown row, in order of first appearance.
    pub units: Vec<UnitTotals>,
}

/// Whether `employees` is a small group: at least one person, fewer than the threshold.
pub fn is_small(employees: i64, threshold: i64) -> bool {
    (1..threshold).contains(&employees)
}

/// Which rows of the plan are withheld (primary or secondary), in the plan's order. For rules
/// whose messages must not state a withheld row's figures.
pub fn withheld_rows(plan: &Plan, threshold: i64) -> Vec<bool> {
    withheld(plan, threshold)
        .into_iter()
        .map(|w| w.is_some())
        .collect()
}

/// "UNIT" or "UNIT (ROLE)": how messages name a workforce row.
pub fn row_name(row: &Workforce) -> String {
    match &row.role {
        Some(role) => format!("{} ({})", row.unit.value, role.value),
        None => row.unit.value.clone(),
    }
}

/// The unit and its ancestors, nearest first (a cycle in `parent` ends the walk).
pub(crate) fn ancestors<'a>(parents: &BTreeMap<&'a str, &'a str>, unit: &'a str) -> Vec<&'a str> {
    let mut out = vec![unit];
    let mut current = unit;
    while let Some(&parent) = parents.get(current) {
        if out.contains(&parent) {
            break;
        }
        out.push(parent);
        current = parent;
    }
    out
}

/// Which rows include which, computed once: by unit and role, so that a plan with many rows is
/// not compared pair by pair. Also used by [`super::staffing`], so that its totals count nobody
/// twice by the same notion of which row includes which.
pub(crate) struct Coverage {
    /// For each row, the rows it covers, sorted.
    covered: Vec<Vec<usize>>,
    /// For each row, the rows that cover it.
    covered_by: Vec<Vec<usize>>,
}

impl Coverage {
    /// A row covers: without `role`, the role rows of its unit and every row of its sub-units;
    /// with a role, the rows of that role in its sub-units. Rows of one unit and role are the same
    /// group (e.g. figures of several dates) and do not cover each other. With `same_date`, a row
    /// covers only rows of its own `as_of`: a reader subtracts figures of one date, and a figure
    /// of another date taken away from a total is no group of persons at all.
    pub(crate) fn new(plan: &Plan, same_date: bool) -> Self {
        let rows = &plan.workforce;
        let mut parents: BTreeMap<&str, &str> = BTreeMap::new();
        for unit in &plan.units {
            if let Some(parent) = &unit.parent {
                parents.entry(&unit.id.value).or_insert(&parent.value);
            }
        }
        let mut own_roles: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut below: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut below_role: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
        for (j, row) in rows.iter().enumerate() {
            if row.role.is_some() {
                own_roles.entry(&row.unit.value).or_default().push(j);
            }
            for &unit in ancestors(&parents, &row.unit.value).iter().skip(1) {
                below.entry(unit).or_default().push(j);
                if let Some(role) = &row.role {
                    below_role.entry((unit, &role.value)).or_default().push(j);
                }
            }
        }
        let covered: Vec<Vec<usize>> = rows
            .iter()
            .map(|a| {
                let unit = a.unit.value.as_str();
                let mut list: Vec<usize> = match &a.role {
                    None => [own_roles.get(unit), below.get(unit)]
                        .into_iter()
                        .flatten()
                        .flatten()
                        .copied()
                        .collect(),
                    Some(role) => below_role
                        .get(&(unit, role.value.as_str()))
                        .cloned()
                        .unwrap_or_default(),
                };
                if same_date {
                    list.retain(|&j| rows[j].as_of.value == a.as_of.value);
                }
                list.sort_unstable();
                list.dedup();
                list
            })
            .collect();
        let mut covered_by = vec![Vec::new(); rows.len()];
        for (i, list) in covered.iter().enumerate() {
            for &j in list {
                covered_by[j].push(i);
            }
        }
        Self {
            covered,
            covered_by,
        }
    }

    /// Whether row `a` includes the persons of row `b`: `a` minus the other rows it covers is `b`.
    pub(crate) fn covers(&self, a: usize, b: usize) -> bool {
        self.covered[a].binary_search(&b).is_ok()
    }

    /// The rows that cover row `i`.
    pub(crate) fn covered_by(&self, i: usize) -> &[usize] {
        &self.covered_by[i]
    }
}

fn withheld(plan: &Plan, threshold: i64) -> Vec<Option<Withheld>> {
    let rows = &plan.workforce;
    // Subtraction is between figures of one date.
    let cover = Coverage::new(plan, true);
    let mut out: Vec<Option<Withheld>> = rows
        .iter()
        .map(|r| is_small(r.employees.value, threshold).then_some(Withheld::SmallGroup))
        .collect();
    // Whose persons outside the rows it covers are a small group (a total of 23 beside its only
    // role row of 20), in any breakdown a reader can make of it.
    let leaves_small: Vec<bool> = (0..rows.len())
        .map(|i| {
            out[i].is_none()
                && remainders(rows, &cover, i)
                    .into_iter()
                    .any(|rest| is_small(rest, threshold))
        })
        .collect();
    // Until nothing changes: a row that covers a withheld row, or that leaves a small group, is
    // withheld.
    loop {
        let mut changed = false;
        for i in 0..rows.len() {
            let covered = &cover.covered[i];
            if out[i].is_some() || covered.is_empty() {
                continue;
            }
            if leaves_small[i] || covered.iter().any(|&j| out[j].is_some()) {
                out[i] = Some(Withheld::Subtraction);
                changed = true;
            }
        }
        if !changed {
            return out;
        }
    }
}

/// The persons of row `i` outside the rows it covers, as a reader can count them: minus its
/// outermost role rows (the rows of different roles, which do not overlap); minus its outermost
/// rows without a role (the totals of sub-units, which do not overlap either); and minus all its
/// outermost rows, where a role row and a sub-unit's total overlap in the sub-unit's row of that
/// role, which is added back (inclusion–exclusion). Empty when it covers no row.
fn remainders(rows: &[Spanned<Workforce>], cover: &Coverage, i: usize) -> Vec<i64> {
    let covered = &cover.covered[i];
    if covered.is_empty() {
        return Vec::new();
    }
    let total = rows[i].employees.value;
    // The covered rows (of one kind) that no other covered row (of that kind) covers.
    let outermost = |kind: &dyn Fn(usize) -> bool| -> Vec<usize> {
        covered
            .iter()
            .copied()
            .filter(|&j| {
                kind(j)
                    && !cover.covered_by[j]
                        .iter()
                        .any(|&k| kind(k) && covered.binary_search(&k).is_ok())
            })
            .collect()
    };
    // Saturating: the checks run this before `value-out-of-range` has ruled out absurd counts.
    let minus = |list: &[usize]| {
        total.saturating_sub(
            list.iter()
                .fold(0i64, |sum, &j| sum.saturating_add(rows[j].employees.value)),
        )
    };
    let role_rows = outermost(&|j| rows[j].role.is_some());
    let unit_rows = outermost(&|j| rows[j].role.is_none());
    let all = outermost(&|_| true);
    // Where an outermost role row and an outermost sub-unit total overlap: the sub-unit's row of
    // that role, counted once per pair (a pair without such a row counts nothing).
    let mut pairs = std::collections::BTreeSet::new();
    let mut overlap = 0i64;
    for &t in all.iter().filter(|&&t| rows[t].role.is_none()) {
        for &j in &cover.covered[t] {
            let (Some(role), true) = (&rows[j].role, rows[j].unit.value == rows[t].unit.value)
            else {
                continue;
            };
            for &a in &cover.covered_by[j] {
                let role_row = rows[a].role.as_ref().is_some_and(|r| r.value == role.value);
                if role_row && all.binary_search(&a).is_ok() && pairs.insert((t, a)) {
                    overlap = overlap.saturating_add(rows[j].employees.value);
                }
            }
        }
    }
    vec![
        minus(&role_rows),
        minus(&unit_rows),
        minus(&all).saturating_add(overlap),
    ]
}

/// Smallest union-find, over indices.
struct Sets(Vec<usize>);

impl Sets {
    fn new(n: usize) -> Self {
        Self((0..n).collect())
    }
    fn find(&mut self, i: usize) -> usize {
        let mut i = i;
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        self.0[a.max(b)] = a.min(b);
    }
}

/// Cell boundaries of a greedy merge: `true` at `i` when a cell ends after position `i`. Cells of
/// 0 or ≥ `threshold` stand alone; a run of small cells grows until it reaches the threshold; a
/// small run left at the end joins the cells before it until it does (or there are none).
fn merge_boundaries(values: &[i64], threshold: i64) -> Vec<bool> {
    let mut cells: Vec<(usize, i64)> = Vec::new(); // (start, sum)
    let mut open: Option<(usize, i64)> = None;
    for (i, &v) in values.iter().enumerate() {
        match open {
            None if v <= 0 || v >= threshold => cells.push((i, v)),
            None => open = Some((i, v)),
            Some((start, sum)) if sum.saturating_add(v) >= threshold => {
                cells.push((start, sum.saturating_add(v)));
                open = None;
            }
            Some((start, sum)) => open = Some((start, sum.saturating_add(v))),
        }
    }
    if let Some((mut start, mut sum)) = open {
        while sum < threshold {
            let Some((s, v)) = cells.pop() else { break };
            start = s;
            sum = sum.saturating_add(v);
        }
        cells.push((start, sum));
    }
    let mut ends = vec![false; values.len()];
    for w in cells.windows(2) {
        ends[w[1].0 - 1] = true;
    }
    ends.pop(); // the end of the last cell is not a boundary
    ends
}

/// What is merged: bands (labels joined by ` / `) or years (a range `first–last`).
#[derive(Clone, Copy)]
enum Kind {
    Bands,
    Years,
}

fn label(kind: Kind, labels: &[&str]) -> String {
    match (kind, labels) {
        (_, [one]) => (*one).to_owned(),
        (Kind::Bands, _) => labels.join(" / "),
        (Kind::Years, [first, .., last]) => format!("{first}–{last}"),
        (Kind::Years, []) => String::new(),
    }
}

/// One member of a family for one dimension: a row or a unit's totals, with its values by label.
struct Member {
    values: BTreeMap<String, i64>,
    /// Members whose persons this one includes (itself not counted).
    includes: Vec<usize>,
}

/// Merges one dimension of a family of members that add up to each other: one set of boundaries
/// for all (every member's own merge must hold), then a member whose cells add up to less than
/// the threshold is "under N", and a member that includes such a member is withheld.
fn merge_family(kind: Kind, order: &[String], members: &[Member], threshold: i64) -> Vec<Cells> {
    let vectors: Vec<Vec<i64>> = members
        .iter()
        .map(|m| {
            order
                .iter()
                .map(|l| m.values.get(l).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    let mut boundaries = vec![true; order.len().saturating_sub(1)];
    for v in &vectors {
        for (b, own) in boundaries.iter_mut().zip(merge_boundaries(v, threshold)) {
            *b &= own;
        }
    }
    // The cells as ranges of positions.
    let mut ranges = Vec::new();
    let mut start = 0;
    for (i, &end) in boundaries.iter().chain([&true]).enumerate() {
        if end {
            ranges.push(start..i + 1);
            start = i + 1;
        }
    }
    let cells: Vec<Vec<Cell>> = members
        .iter()
        .zip(&vectors)
        .map(|(m, v)| {
            ranges
                .iter()
                .filter_map(|r| {
                    let labels: Vec<&str> = order[r.clone()]
                        .iter()
                        .filter(|l| m.values.contains_key(*l))
                        .map(String::as_str)
                        .collect();
                    if labels.is_empty() {
                        return None;
                    }
                    let sum = v[r.clone()].iter().fold(0i64, |a, &b| a.saturating_add(b));
                    Some(Cell {
                        label: label(kind, &labels),
                        persons: (!is_small(sum, threshold)).then_some(sum),
                    })
                })
                .collect()
        })
        .collect();
    let under: Vec<bool> = cells
        .iter()
        .map(|c| c.iter().any(|c| c.persons.is_none()))
        .collect();
    members
        .iter()
        .zip(cells)
        .zip(&under)
        .map(|((m, c), &own)| {
            // A member that is itself "under N" tells no exact figure; an exact one that includes
            // an "under N" member would give it away as a difference.
            if !own && m.includes.iter().any(|&j| under[j]) {
                Cells::Withheld
            } else {
                Cells::Shown(c)
            }
        })
        .collect()
}

/// Runs the privacy step over the plan's workforce rows.
pub fn publish(plan: &Plan, threshold: i64) -> Publication {
    let rows = &plan.workforce;
    let withheld = withheld(plan, threshold);
    // Families of charts: rows that cover each other at any date (merging more is no leak).
    let cover = Coverage::new(plan, false);
    let shown: Vec<usize> = (0..rows.len()).filter(|&i| withheld[i].is_none()).collect();

    // Units with a shown row, in order of first appearance, and the rows their charts add up.
    let mut units: Vec<&str> = Vec::new();
    let mut unit_rows: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in &shown {
        let unit = rows[i].unit.value.as_str();
        let of_unit = unit_rows.entry(unit).or_default();
        if of_unit.is_empty() {
            units.push(unit);
        }
        of_unit.push(i);
    }
    let chart_rows: Vec<Vec<usize>> = units
        .iter()
        .map(|u| {
            let of_unit = unit_rows[u].clone();
            // The unit's own total, when it has one: adding it to its role rows would count
            // everybody twice.
            let totals: Vec<usize> = of_unit
                .iter()
                .copied()
                .filter(|&i| rows[i].role.is_none())
                .collect();
            if totals.is_empty() { of_unit } else { totals }
        })
        .collect();

    // Families: rows of one unit, and rows that cover each other.
    let mut sets = Sets::new(rows.len());
    for of_unit in unit_rows.values() {
        for &j in &of_unit[1..] {
            sets.union(of_unit[0], j);
        }
    }
    for &i in &shown {
        for &j in &cover.covered[i] {
            if withheld[j].is_none() {
                sets.union(i, j);
            }
        }
    }

    let mut unit_cells: Vec<[Cells; 2]> = vec![Default::default(); units.len()];
    let mut families: BTreeMap<usize, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for &i in &shown {
        families.entry(sets.find(i)).or_default().0.push(i);
    }
    for (u, of_unit) in chart_rows.iter().enumerate() {
        families.entry(sets.find(of_unit[0])).or_default().1.push(u);
    }
    for (family, family_units) in families.into_values() {
        for (d, kind) in [(0, Kind::Bands), (1, Kind::Years)] {
            let values = |i: usize| -> Option<BTreeMap<String, i64>> {
                let row = &rows[i].value;
                let map: BTreeMap<String, i64> = if d == 0 {
                    row.age
                        .iter()
                        .flat_map(|a| a.value.0.iter())
                        .map(|(k, n)| (k.value.clone(), n.value))
                        .collect()
                } else {
                    row.departures
                        .iter()
                        .flat_map(|a| a.value.0.iter())
                        .map(|(k, n)| (k.value.0.to_string(), n.value))
                        .collect()
                };
                (!map.is_empty()).then_some(map)
            };
            // Labels in order: bands as first written, years by number.
            let mut order: Vec<String> = Vec::new();
            let mut seen: std::collections::BTreeSet<String> = Default::default();
            for &i in &family {
                let row = &rows[i].value;
                let labels: Vec<String> = if d == 0 {
                    row.age
                        .iter()
                        .flat_map(|a| a.value.0.iter())
                        .map(|(k, _)| k.value.clone())
                        .collect()
                } else {
                    row.departures
                        .iter()
                        .flat_map(|a| a.value.0.iter())
                        .map(|(k, _)| k.value.0.to_string())
                        .collect()
                };
                for label in labels {
                    if seen.insert(label.clone()) {
                        order.push(label);
                    }
                }
            }
            if order.is_empty() {
                continue;
            }
            if d == 1 {
                order.sort_by_key(|y| y.parse::<i64>().unwrap_or(i64::MAX));
            }
            // Members: the family's units' totals; when the family spans units (a row covers
            // rows of a sub-unit), one unit's chart minus another's is a sum of rows, so every
            // row takes part too (its own cells are not published).
            let row_members: Vec<usize> = if family_units.len() > 1 {
                family
                    .iter()
                    .copied()
                    .filter(|&i| values(i).is_some())
                    .collect()
            } else {
                Vec::new()
            };
            let mut members: Vec<Member> = row_members
                .iter()
                .map(|&i| Member {
                    values: values(i).unwrap_or_default(),
                    includes: row_members
                        .iter()
                        .enumerate()
                        .filter(|&(_, &j)| cover.covers(i, j))
                        .map(|(m, _)| m)
                        .collect(),
                })
                .collect();
            let mut member_units = Vec::new();
            for &u in &family_units {
                let parts: Vec<usize> = chart_rows[u]
                    .iter()
                    .copied()
                    .filter(|&i| values(i).is_some())
                    .collect();
                if parts.is_empty() {
                    continue;
                }
                let mut sum: BTreeMap<String, i64> = BTreeMap::new();
                for &i in &parts {
                    for (k, n) in values(i).unwrap_or_default() {
                        let cell = sum.entry(k).or_default();
                        *cell = cell.saturating_add(n);
                    }
                }
                let includes = row_members
                    .iter()
                    .enumerate()
                    .filter(|&(_, &j)| parts.iter().any(|&p| p == j || cover.covers(p, j)))
                    .map(|(m, _)| m)
                    .collect();
                members.push(Member {
                    values: sum,
                    includes,
                });
                member_units.push(u);
            }
            let merged = merge_family(kind, &order, &members, threshold);
            for (&u, c) in member_units.iter().zip(&merged[row_members.len()..]) {
                unit_cells[u][d] = c.clone();
            }
        }
    }

    let rows = rows
        .iter()
        .zip(withheld)
        .map(|(row, withheld)| Row {
            withheld,
            figures: withheld.is_none().then(|| Figures {
                employees: row.employees.value,
                fte: row.fte.value,
                formal_competence: row.formal_competence.as_ref().map(|v| v.value),
                part_time: row.part_time.as_ref().map(|v| v.value),
                turnover: row.turnover.as_ref().map(|v| v.value),
                sick_leave: row.sick_leave.as_ref().map(|v| v.value),
                unwanted_part_time: row.unwanted_part_time.as_ref().map(|v| v.value),
                vacancies: row.vacancies.as_ref().map(|v| v.value),
            }),
        })
        .collect();
    let units = units
        .iter()
        .zip(unit_cells)
        .map(|(u, [age, departures])| UnitTotals {
            unit: (*u).to_owned(),
            age,
            departures,
        })
        .collect();
    Publication { rows, units }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Entries, Spanned, Unit, YearKey};
    use crate::source::{FileId, Span};

    fn s<T>(value: T) -> Spanned<T> {
        Spanned::new(value, Span::new(FileId(0), 0, 0))
    }

    /// A row of `employees` persons with age bands and departures (year, persons).
    fn row(
        unit: &str,
        role: Option<&str>,
        employees: i64,
        age: &[(&str, i64)],
        departures: &[(i64, i64)],
    ) -> Spanned<Workforce> {
        s(Workforce {
            unit: s(unit.to_owned()),
            role: role.map(|r| s(r.to_owned())),
            as_of: s(Date(jiff::civil::date(2025, 12, 31))),
            source: None,
            employees: s(employees),
            fte: s(employees as f64 * 0.8),
            formal_competence: Some(s(50.0)),
            part_time: None,
            turnover: None,
            sick_leave: Some(s(7.5)),
            unwanted_part_time: None,
            vacancies: None,
            age: (!age.is_empty()).then(|| {
                s(Entries(
                    age.iter()
                        .map(|(b, n)| (s((*b).to_owned()), s(*n)))
                        .collect(),
                ))
            }),
            departures: (!departures.is_empty()).then(|| {
                s(Entries(
                    departures
                        .iter()
                        .map(|(y, n)| (s(YearKey(*y)), s(*n)))
                        .collect(),
                ))
            }),
        })
    }

    fn plan(rows: Vec<Spanned<Workforce>>) -> Plan {
        Plan {
            workforce: rows,
            ..Plan::default()
        }
    }

    fn cells(c: &Cells) -> Vec<(String, Option<i64>)> {
        c.shown()
            .iter()
            .map(|c| (c.label.clone(), c.persons))
            .collect()
    }

    fn cell(label: &str, persons: i64) -> (String, Option<i64>) {
        (label.to_owned(), Some(persons))
    }

    const BANDS: [&str; 4] = ["under 30", "30–49", "50–61", "62 og over"];

    fn age(n: [i64; 4]) -> Vec<(&'static str, i64)> {
        BANDS.iter().copied().zip(n).collect()
    }

    #[test]
    fn a_small_row_is_withheld_whole() {
        let p = publish(
            &plan(vec![row(
                "a",
                Some("x"),
                4,
                &age([1, 1, 1, 1]),
                &[(2026, 1)],
            )]),
            5,
        );
        assert_eq!(p.rows[0].withheld, Some(Withheld::SmallGroup));
        assert_eq!(p.rows[0].figures, None);
        assert!(p.units.is_empty(), "no chart of a unit without shown rows");
    }

    #[test]
    fn zero_persons_is_nobody_and_shown() {
        let p = publish(&plan(vec![row("a", Some("x"), 0, &[], &[])]), 5);
        assert_eq!(p.rows[0].withheld, None);
        assert_eq!(p.rows[0].figures.as_ref().unwrap().employees, 0);
        assert!(!is_small(0, 5) && is_small(1, 5) && is_small(4, 5) && !is_small(5, 5));
    }

    #[test]
    fn a_unit_total_beside_a_withheld_role_row_is_withheld_too() {
        // total 12 − 8 shown would be the 4 withheld.
        let p = publish(
            &plan(vec![
                row("a", None, 12, &[], &[]),
                row("a", Some("x"), 8, &[], &[]),
                row("a", Some("y"), 4, &[], &[]),
                row("b", None, 9, &[], &[]),
            ]),
            5,
        );
        let w: Vec<_> = p.rows.iter().map(|r| r.withheld).collect();
        assert_eq!(
            w,
            [
                Some(Withheld::Subtraction),
                None,
                Some(Withheld::SmallGroup),
                None
            ]
        );
    }

    #[test]
    fn a_total_that_leaves_a_small_group_by_subtraction_is_withheld() {
        // 23 − 20: three persons without a row of their own.
        let p = publish(
            &plan(vec![
                row("a", None, 23, &[], &[]),
                row("a", Some("x"), 20, &[], &[]),
            ]),
            5,
        );
        assert_eq!(p.rows[0].withheld, Some(Withheld::Subtraction));
        assert_eq!(p.rows[1].withheld, None);
        // 30 − 20 = 10 is no small group.
        let p = publish(
            &plan(vec![
                row("a", None, 30, &[], &[]),
                row("a", Some("x"), 20, &[], &[]),
            ]),
            5,
        );
        assert_eq!(p.rows[0].withheld, None);
    }

    #[test]
    fn a_parent_unit_covers_its_sub_units() {
        let mut p = plan(vec![
            row("area", None, 30, &[], &[]),
            row("area", Some("x"), 20, &[], &[]),
            row("child", Some("x"), 3, &[], &[]),
            row("other", Some("x"), 7, &[], &[]),
        ]);
        units(
            &mut p,
            &[("area", None), ("child", Some("area")), ("other", None)],
        );
        let w: Vec<_> = publish(&p, 5).rows.iter().map(|r| r.withheld).collect();
        assert_eq!(
            w,
            [
                Some(Withheld::Subtraction),
                Some(Withheld::Subtraction),
                Some(Withheld::SmallGroup),
                None
            ]
        );
    }

    fn units(p: &mut Plan, units: &[(&str, Option<&str>)]) {
        for (id, parent) in units {
            p.units.push(s(Unit {
                id: s((*id).to_owned()),
                name: s((*id).to_owned()),
                parent: parent.map(|p: &str| s(p.to_owned())),
            }));
        }
    }

    #[test]
    fn small_bands_merge_with_their_neighbours() {
        let p = publish(
            &plan(vec![row("a", None, 38, &age([7, 17, 10, 4]), &[])]),
            5,
        );
        assert_eq!(
            cells(&p.units[0].age),
            [
                cell("under 30", 7),
                cell("30–49", 17),
                cell("50–61 / 62 og over", 14)
            ]
        );
    }

    #[test]
    fn merging_never_leaves_one_band_to_subtraction() {
        // The bands add up to the shown `employees` (22). Hiding only the small bands (3 and 1)
        // as "under 5" would still give away their sum, 22 − 12 − 6 = 4, and one of them alone
        // whenever the other is shown. So small bands are merged, never suppressed alone: the run
        // 3 + 1 = 4 is still small at the end, so it takes in its neighbour, 6 + 3 + 1 = 10.
        // Every shown cell is then 0 or at least 5, and any difference a reader can form of the
        // shown figures is a sum of whole cells, never a part of one.
        let p = publish(&plan(vec![row("a", None, 22, &age([12, 6, 3, 1]), &[])]), 5);
        let shown = cells(&p.units[0].age);
        assert_eq!(
            shown,
            [cell("under 30", 12), cell("30–49 / 50–61 / 62 og over", 10)]
        );
        let total: i64 = shown.iter().map(|c| c.1.unwrap()).sum();
        assert_eq!(total, p.rows[0].figures.as_ref().unwrap().employees);
        assert!(shown.iter().all(|c| c.1 == Some(0) || c.1 >= Some(5)));
    }

    #[test]
    fn zero_cells_stand_alone() {
        let p = publish(&plan(vec![row("a", None, 16, &age([0, 7, 7, 2]), &[])]), 5);
        assert_eq!(
            cells(&p.units[0].age),
            [
                cell("under 30", 0),
                cell("30–49", 7),
                cell("50–61 / 62 og over", 9)
            ]
        );
    }

    #[test]
    fn departures_merge_into_year_ranges() {
        let p = publish(
            &plan(vec![row(
                "a",
                None,
                38,
                &[],
                &[(2025, 3), (2026, 4), (2027, 3), (2028, 4)],
            )]),
            5,
        );
        assert_eq!(
            cells(&p.units[0].departures),
            [cell("2025–2026", 7), cell("2027–2028", 7)]
        );
    }

    #[test]
    fn all_small_is_one_cell_under_the_threshold() {
        let p = publish(
            &plan(vec![row(
                "a",
                None,
                7,
                &[],
                &[(2026, 1), (2027, 1), (2028, 0), (2029, 1)],
            )]),
            5,
        );
        assert_eq!(
            cells(&p.units[0].departures),
            [("2026–2029".to_owned(), None)]
        );
    }

    #[test]
    fn a_unit_adds_up_its_rows_or_takes_its_total() {
        let p = publish(
            &plan(vec![
                row("a", Some("x"), 64, &age([9, 26, 21, 8]), &[]),
                row("a", Some("y"), 38, &age([7, 17, 10, 4]), &[]),
                row("b", None, 10, &age([5, 5, 0, 0]), &[]),
                row("b", Some("x"), 5, &age([5, 0, 0, 0]), &[]),
            ]),
            5,
        );
        assert_eq!(
            cells(&p.units[0].age),
            [
                cell("under 30", 16),
                cell("30–49", 43),
                cell("50–61", 31),
                cell("62 og over", 12)
            ]
        );
        // Not 15: the total row already counts the role row.
        assert_eq!(cells(&p.units[1].age)[0], cell("under 30", 5));
    }

    #[test]
    fn charts_of_units_that_cover_each_other_share_their_cell_boundaries() {
        // `area`'s total covers its own role y (14) and its sub-unit's x (30). Merged on its own,
        // the chart of `child` (x) would show 62+ = 9 and that of `area` 62+ = 10, and y's 62+
        // would be 10 − 9 = 1. One set of boundaries, which y's and x's own merges need too, leaves
        // no cell to split: here everything becomes one cell.
        let mut p = plan(vec![
            row("area", None, 44, &age([9, 12, 13, 10]), &[]),
            row("area", Some("y"), 14, &age([5, 5, 3, 1]), &[]),
            row("child", Some("x"), 30, &age([4, 7, 10, 9]), &[]),
        ]);
        units(&mut p, &[("area", None), ("child", Some("area"))]);
        let p = publish(&p, 5);
        assert!(p.rows.iter().all(|r| r.withheld.is_none()));
        let all = "under 30 / 30–49 / 50–61 / 62 og over";
        assert_eq!(cells(&p.units[0].age), [cell(all, 44)]);
        assert_eq!(cells(&p.units[1].age), [cell(all, 30)]);
    }

    #[test]
    fn an_exact_figure_that_includes_an_under_cell_is_left_out() {
        // y has 3 departures in all, "under 5"; `area`'s total includes it exactly, and `child`'s
        // chart (x) is shown, so `area`'s departures are left out: 8 − 5 would be y's 3.
        let mut p = plan(vec![
            row("area", None, 44, &[], &[(2026, 4), (2027, 4)]),
            row("area", Some("y"), 14, &[], &[(2026, 1), (2027, 2)]),
            row("child", Some("x"), 30, &[], &[(2026, 3), (2027, 2)]),
        ]);
        units(&mut p, &[("area", None), ("child", Some("area"))]);
        let p = publish(&p, 5);
        assert_eq!(p.units[0].departures, Cells::Withheld);
        assert_eq!(cells(&p.units[1].departures), [cell("2026–2027", 5)]);
    }

    #[test]
    fn a_row_of_another_date_does_not_hide_a_small_remainder() {
        // 23 − 20 at 2024-12-31 is 3; the nurses' 20 of 2023 must not be subtracted as well.
        let dated = |mut r: Spanned<Workforce>, y: i16| {
            r.value.as_of = s(Date(jiff::civil::date(y, 12, 31)));
            r
        };
        let p = publish(
            &plan(vec![
                dated(row("hjemmetjenesten", None, 23, &[], &[]), 2024),
                dated(
                    row("hjemmetjenesten", Some("sykepleier"), 20, &[], &[]),
                    2024,
                ),
                dated(
                    row("hjemmetjenesten", Some("sykepleier"), 20, &[], &[]),
                    2023,
                ),
            ]),
            5,
        );
        let w: Vec<_> = p.rows.iter().map(|r| r.withheld).collect();
        assert_eq!(w, [Some(Withheld::Subtraction), None, None]);
        // Nor does a withheld row of another date withhold a total: 23 minus figures of 2024 is
        // no group of 2023.
        let p = publish(
            &plan(vec![
                dated(row("hjemmetjenesten", None, 30, &[], &[]), 2024),
                dated(
                    row("hjemmetjenesten", Some("sykepleier"), 20, &[], &[]),
                    2024,
                ),
                dated(
                    row("hjemmetjenesten", Some("sykepleier"), 3, &[], &[]),
                    2023,
                ),
            ]),
            5,
        );
        let w: Vec<_> = p.rows.iter().map(|r| r.withheld).collect();
        assert_eq!(w, [None, None, Some(Withheld::SmallGroup)]);
    }

    #[test]
    fn overlapping_role_rows_and_sub_units_are_counted_once() {
        // 27 − 20 − 15 + 10 = 2 persons of helse-og-omsorg outside hjemmetjenesten and not
        // nurses: the total is withheld. Each other breakdown (27 − 20 = 7, 27 − 15 = 12) and each
        // other row (20 − 10 = 10, 15 − 10 = 5) leaves no small group.
        let mut p = plan(vec![
            row("helse-og-omsorg", None, 27, &[], &[]),
            row("helse-og-omsorg", Some("sykepleier"), 20, &[], &[]),
            row("hjemmetjenesten", None, 15, &[], &[]),
            row("hjemmetjenesten", Some("sykepleier"), 10, &[], &[]),
        ]);
        units(
            &mut p,
            &[
                ("helse-og-omsorg", None),
                ("hjemmetjenesten", Some("helse-og-omsorg")),
            ],
        );
        let w: Vec<_> = publish(&p, 5).rows.iter().map(|r| r.withheld).collect();
        assert_eq!(w, [Some(Withheld::Subtraction), None, None, None]);
        // With 35 in all, 35 − 20 − 15 + 10 = 10: shown.
        p.workforce[0].value.employees = s(35);
        let w: Vec<_> = publish(&p, 5).rows.iter().map(|r| r.withheld).collect();
        assert_eq!(w, [None, None, None, None]);
    }

    #[test]
    fn each_breakdown_of_a_total_is_checked() {
        // Role rows only: 40 − 18 − 18 = 4 persons in neither (y of `area`, x of `child`:
        // different roles, no overlap), though all outermost rows, 40 − 18 − 25, go negative.
        let mut p = plan(vec![
            row("area", None, 40, &[], &[]),
            row("area", Some("y"), 18, &[], &[]),
            row("child", None, 25, &[], &[]),
            row("child", Some("x"), 18, &[], &[]),
        ]);
        units(&mut p, &[("area", None), ("child", Some("area"))]);
        let w: Vec<_> = publish(&p, 5).rows.iter().map(|r| r.withheld).collect();
        assert_eq!(w, [Some(Withheld::Subtraction), None, None, None]);
        // Sub-unit totals only: 40 − 36 = 4 outside `child`.
        let mut p = plan(vec![
            row("area", None, 40, &[], &[]),
            row("area", Some("y"), 10, &[], &[]),
            row("child", None, 36, &[], &[]),
        ]);
        units(&mut p, &[("area", None), ("child", Some("area"))]);
        let w: Vec<_> = publish(&p, 5).rows.iter().map(|r| r.withheld).collect();
        assert_eq!(w, [Some(Withheld::Subtraction), None, None]);
    }

    #[test]
    fn merge_boundaries_examples() {
        assert_eq!(merge_boundaries(&[], 5), Vec::<bool>::new());
        assert_eq!(merge_boundaries(&[3], 5), Vec::<bool>::new());
        assert_eq!(merge_boundaries(&[5, 5], 5), [true]);
        assert_eq!(
            merge_boundaries(&[2, 3, 1, 0, 9], 5),
            [false, true, false, false]
        );
        assert_eq!(merge_boundaries(&[0, 2, 9, 0], 5), [true, false, true]);
        assert_eq!(merge_boundaries(&[9, 0, 2], 5), [false, false]);
        assert_eq!(merge_boundaries(&[1, 1], 1), [true]);
    }
}
