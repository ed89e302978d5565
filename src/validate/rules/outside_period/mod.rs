//! The `outside-period` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding, Msg};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `outside-period`: a measure's dates, a cost year, a need's `by` or an indicator target year fall
/// outside the plan period.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some((first, last)) = cx.plan.period() else {
        return;
    };
    if first > last {
        return; // invalid-period
    }
    let inside = |year: i64| (first..=last).contains(&year);
    // Each message is a whole sentence that ends with the period (`first`, `last`).
    let mut report = |span, message: Msg| {
        sink.push(
            Finding::at(
                Code::OutsidePeriod,
                span,
                message.arg("first", first).arg("last", last),
            )
            .label(msg!("outside-period-label"))
            .help(msg!("outside-period-help", first = first, last = last)),
        );
    };
    for measure in &cx.plan.measures {
        let id = &measure.id.value;
        for (name, date) in [("start", &measure.start), ("end", &measure.end)] {
            if !inside(date.value.year()) {
                report(
                    date.span,
                    msg!(
                        "outside-period-measure-date",
                        measure = entity(EntityKind::Measure, id),
                        field = name,
                        date = date.value
                    ),
                );
            }
        }
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            if !inside(cost.year.value) {
                report(
                    cost.year.span,
                    msg!(
                        "outside-period-cost",
                        measure = entity(EntityKind::Measure, id),
                        year = cost.year.value
                    ),
                );
            }
        }
    }
    for need in &cx.plan.needs {
        if !inside(need.by.value) {
            report(
                need.by.span,
                msg!(
                    "outside-period-need",
                    need = entity(EntityKind::Need, &need.id.value),
                    year = need.by.value
                ),
            );
        }
    }
    for indicator in &cx.plan.indicators {
        if let Some(target) = &indicator.target
            && !inside(target.year.value)
        {
            report(
                target.year.span,
                msg!(
                    "outside-period-indicator",
                    indicator = entity(EntityKind::Indicator, &indicator.id.value),
                    year = target.year.value
                ),
            );
        }
    }
}
