//! The `co-funding-missing` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{fmt_kroner, fmt_num, funding};
use crate::diag::{Code, Finding};
use crate::model::FundingKind;
use crate::validate::{RuleContext, Sink};

/// `co-funding-missing`: a cost from a source with `match_percent` has less own-budget cost
/// (sources of kind `own-budget`) on the same measure and year than the scheme requires. Rejected
/// costs count on neither side.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        let costs: Vec<_> = measure
            .costs
            .iter()
            .flat_map(|c| c.value.iter())
            .filter(|c| c.status.value.counts())
            .collect();
        let mut years: Vec<i64> = costs.iter().map(|c| c.year.value).collect();
        years.sort_unstable();
        years.dedup();
        for year in years {
            let in_year = costs.iter().filter(|c| c.year.value == year);
            let mut own = 0i64;
            // The sources with an own contribution, in the order of their first cost this year.
            let mut grants: Vec<(&str, f64, i64, crate::source::Span)> = Vec::new();
            for cost in in_year {
                let Some(source) = funding(cx, &cost.funding.value) else {
                    continue; // unknown-reference
                };
                let amount = cost.amount.value.max(0);
                if source.kind.value == FundingKind::OwnBudget {
                    own = own.saturating_add(amount);
                } else if let Some(percent) = &source.match_percent {
                    let id = source.name.value.as_str();
                    match grants.iter_mut().find(|g| g.0 == id) {
                        Some(g) => g.2 = g.2.saturating_add(amount),
                        None => grants.push((id, percent.value, amount, cost.funding.span)),
                    }
                }
            }
            let required: i64 = grants
                .iter()
                .map(|&(_, percent, grant, _)| required(grant, percent))
                .fold(0, i64::saturating_add);
            if grants.is_empty() || own >= required {
                continue;
            }
            let what = grants
                .iter()
                .map(|&(id, percent, grant, _)| {
                    format!("{} % of {} from {id}", fmt_num(percent), fmt_kroner(grant))
                })
                .collect::<Vec<_>>()
                .join(" and ");
            sink.push(
                Finding::at(
                    Code::CoFundingMissing,
                    grants[0].3,
                    format!(
                        "measure {} has {} of own-budget cost in {year}, less than the own contribution of {} ({what})",
                        measure.id.value,
                        fmt_kroner(own),
                        fmt_kroner(required),
                    ),
                )
                .label("needs an own contribution")
                .help(format!(
                    "add a cost of at least {} in {year} from a funding source of kind `own-budget` (the own contribution may be wages or time off for the staff taking part: budget it as such a cost line)",
                    fmt_kroner(required.saturating_sub(own))
                )),
            );
        }
    }
}

/// The own contribution `percent` % of `grant` requires, in whole kroner, rounded up.
fn required(grant: i64, percent: f64) -> i64 {
    if !(0.0..=100.0).contains(&percent) {
        return 0; // value-out-of-range
    }
    (grant as f64 * percent / 100.0).ceil() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_own_contribution_is_rounded_up_to_whole_kroner() {
        assert_eq!(required(150_000, 30.0), 45_000);
        assert_eq!(required(100_001, 30.0), 30_001);
        assert_eq!(required(150_000, 0.0), 0);
        assert_eq!(required(150_000, 130.0), 0);
    }
}
