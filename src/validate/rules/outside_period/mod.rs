//! The `outside-period` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
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
    let mut report = |span, what: String| {
        sink.push(
            Finding::at(
                Code::OutsidePeriod,
                span,
                format!("{what} is outside the plan period {first}–{last}"),
            )
            .label("outside the period")
            .help(format!(
                "move it into {first}–{last}, or widen the plan period in kplan.toml"
            )),
        );
    };
    for measure in &cx.plan.measures {
        let id = &measure.id.value;
        for (name, date) in [("start", &measure.start), ("end", &measure.end)] {
            if !inside(date.value.year()) {
                report(
                    date.span,
                    format!("the {name} of measure {id} ({})", date.value),
                );
            }
        }
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            if !inside(cost.year.value) {
                report(
                    cost.year.span,
                    format!("a cost of measure {id} in {}", cost.year.value),
                );
            }
        }
    }
    for need in &cx.plan.needs {
        if !inside(need.by.value) {
            report(
                need.by.span,
                format!("need {} by {}", need.id.value, need.by.value),
            );
        }
    }
    for indicator in &cx.plan.indicators {
        if let Some(target) = &indicator.target
            && !inside(target.year.value)
        {
            report(
                target.year.span,
                format!(
                    "the target year {} of indicator {}",
                    target.year.value, indicator.id.value
                ),
            );
        }
    }
}
