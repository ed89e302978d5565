//! Step 5, the gap: the workforce as the privacy step publishes it (`workforce`) and the
//! competence needs (`needs`).

use std::collections::HashMap;

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{Date, NeedQuantity, Plan, Priority, Strategy};
use crate::plan::analysis::Analysis;
use crate::plan::privacy::{Publication, UnitTotals};

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

/// The workforce rows grouped by unit, units in order of first appearance. Every figure comes
/// from the privacy step's publication, never from the plan's rows.
pub(super) fn workforce(
    plan: &Plan,
    publication: &Publication,
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
    workforce
}

/// The competence needs, each with its gap and the measures that close it.
pub(super) fn needs(plan: &Plan, analysis: &Analysis<'_>, names: &Names<'_>) -> Vec<NeedView> {
    plan.needs
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
        .collect()
}
