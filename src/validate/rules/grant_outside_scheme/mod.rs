//! The `grant-outside-scheme` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{entity, funding};
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `grant-outside-scheme`: a cost year before `from_year` or after `until_year` of its source.
/// Rejected costs are left out: they ask for no money.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            if !cost.status.value.counts() {
                continue;
            }
            let Some(source) = funding(cx, &cost.funding.value) else {
                continue; // unknown-reference
            };
            let year = cost.year.value;
            let name = || entity(EntityKind::Measure, &measure.id.value);
            let message = match (&source.from_year, &source.until_year) {
                (Some(from), _) if year < from.value => msg!(
                    "grant-outside-scheme-before",
                    measure = name(),
                    source = &source.name.value,
                    year = year,
                    from = from.value
                ),
                (_, Some(until)) if year > until.value => msg!(
                    "grant-outside-scheme-after",
                    measure = name(),
                    source = &source.name.value,
                    year = year,
                    until = until.value
                ),
                _ => continue,
            };
            sink.push(
                Finding::at(Code::GrantOutsideScheme, cost.year.span, message)
                    .label(msg!("grant-outside-scheme-label"))
                    .help(msg!("grant-outside-scheme-help")),
            );
        }
    }
}
