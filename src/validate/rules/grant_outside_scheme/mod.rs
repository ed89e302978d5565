//! The `grant-outside-scheme` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::funding;
use crate::diag::{Code, Finding};
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
            let id = &source.id.value;
            let outside = match (&source.from_year, &source.until_year) {
                (Some(from), _) if year < from.value => {
                    Some(format!("before {id} starts paying in {}", from.value))
                }
                (_, Some(until)) if year > until.value => {
                    Some(format!("after {id}'s last year, {}", until.value))
                }
                _ => None,
            };
            if let Some(outside) = outside {
                sink.push(
                    Finding::at(
                        Code::GrantOutsideScheme,
                        cost.year.span,
                        format!(
                            "a cost of measure {} from {id} falls in {year}, {outside}",
                            measure.id.value
                        ),
                    )
                    .label("outside the scheme's years")
                    .help("pay that year from another source (the own budget, a scheme that follows), or check the scheme's `from_year` and `until_year`"),
                );
            }
        }
    }
}
