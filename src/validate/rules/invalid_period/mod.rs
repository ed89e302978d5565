//! The `invalid-period` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `invalid-period`: the plan period, or a measure, starts after it ends.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if let Some(manifest) = &cx.plan.manifest {
        let period = &manifest.plan.period;
        if period.start.value > period.end.value {
            let finding = Finding::at(
                Code::InvalidPeriod,
                period.start.span,
                msg!(
                    "invalid-period-plan",
                    start = period.start.value,
                    end = period.end.value
                ),
            )
            .label(msg!("invalid-period-start"))
            .related(period.end.span, msg!("invalid-period-end"))
            .help(msg!("invalid-period-plan-help"));
            sink.push(finding);
        }
    }
    for measure in &cx.plan.measures {
        if measure.start.value > measure.end.value {
            let finding = Finding::at(
                Code::InvalidPeriod,
                measure.start.span,
                msg!(
                    "invalid-period-measure",
                    measure = entity(EntityKind::Measure, &measure.id.value),
                    start = measure.start.value,
                    end = measure.end.value
                ),
            )
            .label(msg!("invalid-period-start"))
            .related(measure.end.span, msg!("invalid-period-end"))
            .help(msg!("invalid-period-measure-help"));
            sink.push(finding);
        }
    }
}
