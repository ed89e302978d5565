//! The `co-funding-missing` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{entity, funding};
use crate::diag::{Arg, Code, Finding};
use crate::model::{EntityKind, FundingKind};
use crate::msg;
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
            let shares = shares(
                grants
                    .iter()
                    .map(|&(source, percent, grant, _)| (source, percent, grant)),
            );
            sink.push(
                Finding::at(
                    Code::CoFundingMissing,
                    grants[0].3,
                    msg!(
                        "co-funding-missing",
                        measure = entity(EntityKind::Measure, &measure.id.value),
                        own = Arg::Money(own),
                        year = year,
                        required = Arg::Money(required),
                        shares = shares
                    ),
                )
                .label(msg!("co-funding-missing-label"))
                .help(msg!(
                    "co-funding-missing-help",
                    missing = Arg::Money(required.saturating_sub(own)),
                    year = year
                )),
            );
        }
    }
}

/// The sources that require an own contribution, each with its percent and grant: "30 % of
/// 150 000 kroner from KTT and 20 % of …".
fn shares<'a>(grants: impl IntoIterator<Item = (&'a str, f64, i64)>) -> Arg {
    Arg::and(grants.into_iter().map(|(source, percent, grant)| {
        msg!(
            "co-funding-missing-share",
            percent = percent,
            grant = Arg::Money(grant),
            source = source
        )
    }))
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
    use crate::text::Language;

    #[test]
    fn the_own_contribution_is_rounded_up_to_whole_kroner() {
        assert_eq!(required(150_000, 30.0), 45_000);
        assert_eq!(required(100_001, 30.0), 30_001);
        assert_eq!(required(150_000, 0.0), 0);
        assert_eq!(required(150_000, 130.0), 0);
    }

    #[test]
    fn the_shares_name_percent_amount_and_source_in_the_language() {
        let message = msg!(
            "co-funding-missing",
            measure = entity(EntityKind::Measure, "T1"),
            own = Arg::Money(30_000),
            year = 2025,
            required = Arg::Money(65_000),
            shares = shares([("KTT", 30.0, 150_000), ("Fylket", 12.5, 160_000)])
        );
        assert_eq!(
            message.text(Language::Nb),
            "tiltak T1 har 30\u{a0}000\u{a0}kroner i kostnader fra eget budsjett i 2025, mindre enn \
             egenandelen på 65\u{a0}000\u{a0}kroner (30\u{a0}% av 150\u{a0}000\u{a0}kroner fra KTT og \
             12,5\u{a0}% av 160\u{a0}000\u{a0}kroner fra Fylket)"
        );
        assert_eq!(
            message.text(Language::En),
            "measure T1 has NOK\u{a0}30,000 of own-budget cost in 2025, less than the own contribution \
             of NOK\u{a0}65,000 (30\u{a0}% of NOK\u{a0}150,000 from KTT and 12.5\u{a0}% of \
             NOK\u{a0}160,000 from Fylket)"
        );
    }
}
