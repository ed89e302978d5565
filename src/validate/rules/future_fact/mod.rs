//! The `future-fact` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::{EntityKind, MeasureStatus};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `future-fact`: a measurement for a year after today's year, an evaluation record dated after
/// today, a milestone `done: true` dated after today, or a measure `completed` that starts after
/// today. Costs carry a year, not a date, and are left to `grant-status-implausible`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let today = cx.today;
    for indicator in &cx.plan.indicators {
        for m in &indicator.measurements {
            let year = m.value.year.value;
            if year <= today.year() {
                continue;
            }
            sink.push(
                Finding::at(
                    Code::FutureFact,
                    m.value.year.span,
                    msg!(
                        "future-fact-measurement",
                        indicator = entity(EntityKind::Indicator, &indicator.id.value),
                        year = year
                    ),
                )
                .label(msg!("future-fact-measurement-label"))
                .help(msg!("future-fact-measurement-help", today = today)),
            );
        }
    }
    if let Some(evaluation) = &cx.plan.evaluation {
        for record in &evaluation.value.records {
            let date = record.value.date.value;
            if date <= today {
                continue;
            }
            sink.push(
                Finding::at(
                    Code::FutureFact,
                    record.value.date.span,
                    msg!(
                        "future-fact-record",
                        title = &record.value.title.value,
                        date = date
                    ),
                )
                .label(msg!("future-fact-after-today"))
                .help(msg!("future-fact-record-help", today = today)),
            );
        }
    }
    if let Some(organisation) = &cx.plan.organisation {
        for milestone in &organisation.value.milestones {
            let Some(done) = milestone.value.done.as_ref().filter(|d| d.value) else {
                continue;
            };
            let date = milestone.value.date.value;
            if date <= today {
                continue;
            }
            sink.push(
                Finding::at(
                    Code::FutureFact,
                    done.span,
                    msg!(
                        "future-fact-milestone",
                        title = &milestone.value.title.value,
                        date = date
                    ),
                )
                .label(msg!("future-fact-milestone-label"))
                .related(milestone.value.date.span, msg!("future-fact-date"))
                .help(msg!("future-fact-help", today = today)),
            );
        }
    }
    for measure in &cx.plan.measures {
        if measure.status.value != MeasureStatus::Completed || measure.start.value <= today {
            continue;
        }
        sink.push(
            Finding::at(
                Code::FutureFact,
                measure.status.span,
                msg!(
                    "future-fact-measure",
                    measure = entity(EntityKind::Measure, &measure.id.value),
                    start = measure.start.value
                ),
            )
            .label(msg!("future-fact-measure-label"))
            .related(measure.start.span, msg!("future-fact-start"))
            .help(msg!("future-fact-measure-help", today = today)),
        );
    }
}
