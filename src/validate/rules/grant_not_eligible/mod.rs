//! The `grant-not-eligible` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{entity, funding};
use crate::diag::{Code, Finding};
use crate::model::{Arena, EntityKind, MeasureForm};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `grant-not-eligible`: a source with `collective_only` pays for a measure with `form:
/// individual` or arena `further-education`; once per measure and source, at its first cost.
/// Rejected costs are left out: no money came.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        let individual = measure
            .form
            .as_ref()
            .is_some_and(|f| f.value == MeasureForm::Individual);
        let further_education = measure
            .arena
            .as_ref()
            .is_some_and(|a| a.value == Arena::FurtherEducation);
        if !individual && !further_education {
            continue;
        }
        let mut reported: Vec<&str> = Vec::new();
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            if !cost.status.value.counts() {
                continue;
            }
            let Some(source) = funding(cx, &cost.funding.value) else {
                continue; // unknown-reference
            };
            let collective_only = source.collective_only.as_ref().is_some_and(|c| c.value);
            let id = source.id.value.as_str();
            if !collective_only || reported.contains(&id) {
                continue;
            }
            reported.push(id);
            let name = entity(EntityKind::Measure, &measure.id.value);
            let source = source.name.value.as_str();
            let (message, help) = if individual {
                (
                    msg!(
                        "grant-not-eligible-individual",
                        measure = name,
                        source = source
                    ),
                    msg!("grant-not-eligible-individual-help"),
                )
            } else {
                (
                    msg!(
                        "grant-not-eligible-further-education",
                        measure = name,
                        source = source
                    ),
                    msg!("grant-not-eligible-further-education-help"),
                )
            };
            sink.push(
                Finding::at(Code::GrantNotEligible, cost.funding.span, message)
                    .label(msg!("grant-not-eligible-label"))
                    .help(help),
            );
        }
    }
}
