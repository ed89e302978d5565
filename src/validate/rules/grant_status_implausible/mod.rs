//! The `grant-status-implausible` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::funding;
use crate::diag::{Code, Finding};
use crate::model::{CostStatus, FundingKind};
use crate::validate::{RuleContext, Sink};

/// `grant-status-implausible`: a cost from a `state-grant` source is `granted` for a year after
/// today's year, `applied` more than one year ahead of it, or still `applied` or `to-apply` for a
/// year that has ended (its money was granted or refused by then).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let this_year = cx.today.year();
    for measure in &cx.plan.measures {
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            let Some(source) = funding(cx, &cost.funding.value) else {
                continue; // unknown-reference
            };
            if source.kind.value != FundingKind::StateGrant {
                continue;
            }
            let year = cost.year.value;
            let (status, limit, help) = match cost.status.value {
                CostStatus::Granted if year > this_year => (
                    "granted",
                    format!("after the current year ({this_year})"),
                    "the state grants its schemes one year at a time: write `applied` once the application is sent, `to-apply` before",
                ),
                CostStatus::Applied if year > this_year.saturating_add(1) => (
                    "applied",
                    format!("more than a year after the current year ({this_year})"),
                    "applications are sent for the coming year at most: write `to-apply` for the years after",
                ),
                CostStatus::Applied | CostStatus::ToApply if year < this_year => (
                    if cost.status.value == CostStatus::Applied {
                        "applied"
                    } else {
                        "to-apply"
                    },
                    format!("a year that has ended (the current year is {this_year})"),
                    "a grant for a past year was either given or refused: write `granted` or `rejected`",
                ),
                _ => continue,
            };
            sink.push(
                Finding::at(
                    Code::GrantStatusImplausible,
                    cost.status.span,
                    format!(
                        "a cost of measure {} from {} is `{status}` for {year}, {limit}",
                        measure.id.value, source.name.value
                    ),
                )
                .label(if year < this_year {
                    "no longer open"
                } else {
                    "not yet possible"
                })
                .help(help),
            );
        }
    }
}
