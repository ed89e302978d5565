//! Step 5, part 1 (bemanning): own apprentices (`apprentices`), their places per year beside KS's
//! recommendation, and the need each entry's completions count toward.

use serde::Serialize;

use super::{Named, Names, text};
use crate::model::{Entries, Plan, YearKey};
use crate::plan::analysis::Analysis;
use crate::plan::apprentices::{Places, RECOMMENDED_PER_THOUSAND};

/// Own apprentices, as the document shows them.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApprenticesView {
    /// The entries, in file order.
    pub entries: Vec<ApprenticeView>,
    /// Derived: places per year, every entry added up: the years of the plan period (a year no
    /// entry gives has 0) and any other year an entry gives, sorted. Empty when the plan has
    /// neither apprentices nor `[plan] population`.
    pub years: Vec<Places>,
    /// The years any entry gives `completing` for, sorted (the columns of the completions table).
    pub completing_years: Vec<i64>,
    /// `[plan] population`: inhabitants; null when not given.
    pub population: Option<i64>,
    /// KS's recommendation: at least this many places per 1 000 inhabitants (2).
    pub recommended_per_thousand: i64,
}

/// One entry of `apprentices`.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApprenticeView {
    /// Id.
    pub id: String,
    /// The trade (lærefag).
    pub trade: String,
    /// The position a completed apprentice fills.
    pub role: Option<Named>,
    /// The unit.
    pub unit: Option<Named>,
    /// Places (apprentices in training) per year, by year.
    pub places: Vec<YearCount>,
    /// Expected completions per year, by year.
    pub completing: Vec<YearCount>,
    /// Derived: the need its completions count toward (docs/plan-format.md, Own apprentices);
    /// null when none.
    pub counts_toward: Option<Named>,
}

/// A count in one year.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct YearCount {
    /// The year.
    pub year: i64,
    /// The count.
    pub count: i64,
}

fn by_year(entries: &Entries<YearKey, i64>) -> Vec<YearCount> {
    let mut counts: Vec<YearCount> = entries
        .0
        .iter()
        .map(|(y, n)| YearCount {
            year: y.value.0,
            count: n.value,
        })
        .collect();
    counts.sort_by_key(|c| c.year);
    counts
}

/// The apprentices part of step 5.
pub(super) fn apprentices(
    plan: &Plan,
    analysis: &Analysis<'_>,
    names: &Names<'_>,
) -> ApprenticesView {
    // Which need each entry counts toward, from the analysis' attribution.
    let mut toward: Vec<Option<&str>> = vec![None; plan.apprentices.len()];
    for need in &plan.needs {
        let cover = analysis
            .needs
            .get(need.id.value.as_str())
            .and_then(|f| f.apprentices.as_ref());
        for &e in cover.iter().flat_map(|c| c.entries.iter()) {
            if let Some(slot) = toward.get_mut(e) {
                *slot = Some(need.id.value.as_str());
            }
        }
    }
    let entries: Vec<ApprenticeView> = plan
        .apprentices
        .iter()
        .zip(toward)
        .map(|(a, need)| ApprenticeView {
            id: text(&a.id),
            trade: text(&a.trade),
            role: a.role.as_ref().map(|r| names.named(&r.value)),
            unit: a.unit.as_ref().map(|u| names.named(&u.value)),
            places: by_year(&a.places.value),
            completing: a
                .completing
                .as_ref()
                .map(|c| by_year(&c.value))
                .unwrap_or_default(),
            counts_toward: need.map(|n| names.named(n)),
        })
        .collect();
    let mut completing_years: Vec<i64> = entries
        .iter()
        .flat_map(|e| e.completing.iter().map(|c| c.year))
        .collect();
    completing_years.sort_unstable();
    completing_years.dedup();
    ApprenticesView {
        entries,
        years: analysis.places.clone(),
        completing_years,
        population: plan
            .manifest
            .as_ref()
            .and_then(|m| m.plan.value.population.as_ref())
            .map(|p| p.value),
        recommended_per_thousand: RECOMMENDED_PER_THOUSAND,
    }
}
