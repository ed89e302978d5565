//! Step 5, the gap: the workforce as the privacy step publishes it (`workforce`) and the
//! competence needs (`needs`).

use std::collections::HashMap;

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{Date, NeedQuantity, Plan, Priority, Strategy};
use crate::plan::analysis::Analysis;
use crate::plan::privacy::{Publication, UnitTotals};
use crate::plan::staffing::{self, Staffing};

/// The workforce of one unit, as the privacy step publishes it.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct WorkforceUnit {
    /// The unit.
    pub unit: Named,
    /// Its workforce rows.
    pub rows: Vec<WorkforceRow>,
    /// The `source` all its rows share, when they share one; else null and each row names its
    /// own.
    pub source: Option<String>,
    /// Derived: its rows of its latest `as_of` added up, each person once (its row without
    /// `role` when shown, else its shown role rows); only when more than one row is added up.
    /// Computed from the published rows only.
    pub totals: Option<Totals>,
    /// Persons per age band, its shown rows added up (its row without `role` when it has one),
    /// small bands merged; empty when none, or when left out because it would give away a cell
    /// shown as "under N".
    pub age: Vec<Cell>,
    /// Expected departures per year, the same way.
    pub departures: Vec<Cell>,
}

/// Aggregated figures of one unit (and role), as the privacy step publishes them. When `withheld`
/// is true (fewer employees than `meta.privacy_threshold`, or a total that would give such a row
/// away by subtraction), every figure is null. Age bands and departures are in the unit
/// (`WorkforceUnit`), not in the row.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct WorkforceRow {
    /// The position group; null when the row covers the whole unit.
    pub role: Option<Named>,
    /// Date of the figures.
    pub as_of: Date,
    /// Source of the figures.
    pub source: Option<String>,
    /// Figures withheld for privacy.
    pub withheld: bool,
    /// Persons.
    pub employees: Option<i64>,
    /// Årsverk.
    pub fte: Option<f64>,
    /// Percent (0–100): share with the required formal competence.
    pub formal_competence: Option<f64>,
    /// Percent (0–100): share working part time.
    pub part_time: Option<f64>,
    /// Percent (0–100): turnover per year.
    pub turnover: Option<f64>,
    /// Percent (0–100): sick leave.
    pub sick_leave: Option<f64>,
    /// Derived: percent, average position size, `fte / employees` to one decimal; null when
    /// `employees` is 0.
    pub position_size: Option<f64>,
    /// Percent (0–100): share who want a larger position (ufrivillig deltid).
    pub unwanted_part_time: Option<f64>,
    /// Årsverk: unfilled positions.
    pub vacancies: Option<f64>,
}

/// Heltid totals of a unit or of the whole plan: employees, årsverk, average position size,
/// employee-weighted averages of the percents, vacancies added up, and whether a withheld row
/// is left out (`incomplete`).
pub use crate::plan::staffing::Totals;

/// A published cell: an age band or year, or a merged range; `persons` is `None` when fewer
/// than the privacy threshold.
pub use crate::plan::privacy::Cell;

/// A competence need with its gap.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct NeedView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The goals it serves, at least one.
    pub goals: Vec<Named>,
    /// The competence area.
    pub area: Named,
    /// The unit.
    pub unit: Option<Named>,
    /// The position group.
    pub role: Option<Named>,
    /// How the gap is to be closed.
    pub strategy: Strategy,
    /// Unit of `current`, `required`, `gap`, `closed`.
    pub quantity: NeedQuantity,
    /// What there is now.
    pub current: f64,
    /// What is required.
    pub required: f64,
    /// Derived: `required − current`; negative when competence is to be phased out (Testvik B11:
    /// `−7`).
    pub gap: f64,
    /// Derived: sum of `closes` given by its measures; null when no measure gives `closes`.
    pub closed: Option<f64>,
    /// Derived: expected departures of its population (the workforce rows with its `role`, and
    /// its `unit` when it names one) from the plan period's start through `by`, in persons, or in
    /// årsverk for an `fte` need (each row's departures × its `fte / employees`). Null when
    /// `replace_departures` is not in force, when no row of its population gives `departures`,
    /// or when it would give away withheld figures (a withheld row, or fewer than
    /// `meta.privacy_threshold` persons leaving).
    pub replacement: Option<f64>,
    /// Derived: `gap + replacement`, the gross number to recruit or qualify (Testvik B1: 6 + 14
    /// = 20); null when `replacement` is.
    pub recruitment: Option<f64>,
    /// Whether `replace_departures` is in force (as written, else its default): a staffing need
    /// of step 5's first part (bemanning).
    pub replace_departures: bool,
    /// Derived: true when the need has a replacement that the document withholds (then
    /// `replacement`, `recruitment` and `shortfall` are null, and `closed` is shown without the
    /// number it is part of).
    pub replacement_withheld: bool,
    /// Derived: own apprentices completing through `by` that count toward this need, in its
    /// quantity (docs/plan-format.md, Own apprentices); null when none count, or when, converted
    /// to årsverk, they would give away a withheld row's position size.
    pub apprentices: Option<f64>,
    /// Derived: true when own apprentices count toward this need but `apprentices` is withheld
    /// (converted to årsverk with a withheld row's position size).
    pub apprentices_withheld: bool,
    /// Derived: `closed` + `apprentices`, what measures and own apprentices cover; null when
    /// neither gives anything (or `apprentices` is withheld).
    pub covered: Option<f64>,
    /// Derived: `recruitment − covered`, at least 0; null when either is.
    pub shortfall: Option<f64>,
    /// Year by which it is required.
    pub by: i64,
    /// Priority.
    pub priority: Priority,
    /// Markdown: rationale.
    pub rationale: Option<String>,
    /// Derived: the measures that name this need.
    pub measures: Vec<Named>,
}

/// The workforce rows grouped by unit, units in order of first appearance. Every figure comes
/// from the privacy step's publication, never from the plan's rows.
pub(super) fn workforce(
    plan: &Plan,
    publication: &Publication,
    staffing: &Staffing,
    names: &Names<'_>,
) -> Vec<WorkforceUnit> {
    let mut workforce: Vec<WorkforceUnit> = Vec::new();
    // Where each unit is in `workforce` (first-seen order): one look-up per row, not a search.
    let mut unit_at: HashMap<&str, usize> = HashMap::new();
    let unit_totals: HashMap<&str, &UnitTotals> = publication
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
            position_size: f.and_then(|f| staffing::position_size(f.employees, f.fte)),
            unwanted_part_time: f.and_then(|f| f.unwanted_part_time),
            vacancies: f.and_then(|f| f.vacancies),
        };
        match unit_at.get(row.unit.value.as_str()) {
            Some(&i) => workforce[i].rows.push(view),
            None => {
                unit_at.insert(&row.unit.value, workforce.len());
                let totals = unit_totals.get(row.unit.value.as_str());
                workforce.push(WorkforceUnit {
                    unit: names.named(&row.unit.value),
                    rows: vec![view],
                    source: None,
                    totals: staffing
                        .units
                        .get(row.unit.value.as_str())
                        .filter(|t| t.rows > 1)
                        .cloned(),
                    age: totals.map(|t| t.age.shown().to_vec()).unwrap_or_default(),
                    departures: totals
                        .map(|t| t.departures.shown().to_vec())
                        .unwrap_or_default(),
                })
            }
        }
    }
    for unit in &mut workforce {
        let first = unit.rows[0].source.as_ref();
        if first.is_some() && unit.rows.iter().all(|r| r.source.as_ref() == first) {
            unit.source = first.cloned();
        }
    }
    workforce
}

/// The competence needs, each with its gap and the measures that close it.
/// `replacement` and `recruitment` only where the privacy step allows them.
pub(super) fn needs(
    plan: &Plan,
    analysis: &Analysis<'_>,
    publication: &Publication,
    threshold: i64,
    names: &Names<'_>,
) -> Vec<NeedView> {
    let withheld: Vec<bool> = publication
        .rows
        .iter()
        .map(|r| r.withheld.is_some())
        .collect();
    plan.needs
        .iter()
        .map(|n| {
            let figures = analysis.needs.get(n.id.value.as_str());
            let published = figures.filter(|f| {
                f.replacement
                    .as_ref()
                    .is_some_and(|r| r.publishable(&withheld, threshold))
            });
            let replacement_withheld =
                figures.is_some_and(|f| f.replacement.is_some()) && published.is_none();
            let own = figures.and_then(|f| f.apprentices.as_ref());
            let own_shown = own.is_none_or(|c| c.publishable(&withheld));
            let apprentices = own.filter(|_| own_shown).map(|c| c.completing);
            let covered = figures.filter(|_| own_shown).and_then(|f| f.covered());
            let recruitment = published.and_then(|f| f.recruitment);
            let shortfall = recruitment
                .zip(covered)
                .map(|(r, c)| round((r - c).max(0.0)));
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
                replacement: published
                    .and_then(|f| f.replacement.as_ref())
                    .map(|r| r.departures),
                recruitment,
                replace_departures: n.replaces_departures(),
                replacement_withheld,
                apprentices: apprentices.map(round),
                apprentices_withheld: own.is_some() && !own_shown,
                covered: covered.map(round),
                shortfall,
                by: n.by.value,
                priority: n.priority.value,
                rationale: opt(&n.rationale),
                measures: figures
                    .map(|f| names.all(f.measures.iter()))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// A derived figure as the document states it: at most two decimals (årsverk converted by
/// position size have many), so that a reader can check it by hand.
fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
