//! The `future-fact` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::MeasureStatus;
use crate::validate::{RuleContext, Sink};

/// `future-fact`: a measurement for a year after today's year, an evaluation record dated after
/// today, a milestone `done: true` dated after today, or a measure `completed` that starts after
/// today. Costs carry a year, not a date, and are left to `grant-status-implausible`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let today = cx.today;
    let help = format!(
        "a plan states what has happened by today ({today}): correct the date, or leave it out until it has happened"
    );
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
                    format!(
                        "indicator {} has a measurement for {year}, a year that has not come",
                        indicator.id.value
                    ),
                )
                .label("after today's year")
                .help(help.clone()),
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
                    format!(
                        "the evaluation record \"{}\" is dated {date}, after today",
                        record.value.title.value
                    ),
                )
                .label("after today")
                .help(format!(
                    "{help}; a planned evaluation belongs in `schedule`"
                )),
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
                    format!(
                        "the milestone \"{}\" is done, but dated {date}, after today",
                        milestone.value.title.value
                    ),
                )
                .label("done")
                .related(milestone.value.date.span, "date")
                .help(help.clone()),
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
                format!(
                    "measure {} is completed, but starts {}, after today",
                    measure.id.value, measure.start.value
                ),
            )
            .label("completed")
            .related(measure.start.span, "start")
            .help(format!("{help}; a measure that has not started is planned")),
        );
    }
}
