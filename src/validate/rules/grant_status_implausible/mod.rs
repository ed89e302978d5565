//! The `grant-status-implausible` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{entity, funding};
use crate::diag::{Code, Finding};
use crate::model::{CostStatus, EntityKind, FundingKind};
use crate::msg;
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
            let name = || entity(EntityKind::Measure, &measure.id.value);
            let source_name = source.name.value.as_str();
            let (message, help) = match cost.status.value {
                CostStatus::Granted if year > this_year => (
                    msg!(
                        "grant-status-implausible-granted",
                        measure = name(),
                        source = source_name,
                        year = year,
                        current = this_year
                    ),
                    msg!("grant-status-implausible-granted-help"),
                ),
                CostStatus::Applied if year > this_year.saturating_add(1) => (
                    msg!(
                        "grant-status-implausible-applied",
                        measure = name(),
                        source = source_name,
                        year = year,
                        current = this_year
                    ),
                    msg!("grant-status-implausible-applied-help"),
                ),
                CostStatus::Applied | CostStatus::ToApply if year < this_year => (
                    msg!(
                        "grant-status-implausible-past",
                        status = if cost.status.value == CostStatus::Applied {
                            "applied"
                        } else {
                            "to-apply"
                        },
                        measure = name(),
                        source = source_name,
                        year = year,
                        current = this_year
                    ),
                    msg!("grant-status-implausible-past-help"),
                ),
                _ => continue,
            };
            sink.push(
                Finding::at(Code::GrantStatusImplausible, cost.status.span, message)
                    .label(if year < this_year {
                        msg!("grant-status-implausible-past-label")
                    } else {
                        msg!("grant-status-implausible-future-label")
                    })
                    .help(help),
            );
        }
    }
}
