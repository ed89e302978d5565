//! The `indicator-direction` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::Direction;
use crate::validate::rules::shared::fmt_num;
use crate::validate::{RuleContext, Sink};

/// `indicator-direction`: `increase` with a target below the baseline, `decrease` with a target
/// above it, a target year before the baseline year, or a measurement from a year before the
/// baseline year.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for indicator in &cx.plan.indicators {
        let Some(baseline) = &indicator.baseline else {
            continue;
        };
        let baseline = &baseline.value;
        if let Some(target) = &indicator.target
            && target.value.year.value < baseline.year.value
        {
            sink.push(
                Finding::at(
                    Code::IndicatorDirection,
                    target.value.year.span,
                    format!(
                        "indicator {} has its target in {}, before its baseline year {}",
                        indicator.id.value, target.value.year.value, baseline.year.value
                    ),
                )
                .label("before the baseline")
                .related(baseline.year.span, "baseline year")
                .help("the target is where the indicator should be later: correct the target year or the baseline year"),
            );
        }
        if let Some(target) = &indicator.target {
            let (b, t) = (baseline.value.value, target.value.value.value);
            let against = match indicator.direction.value {
                Direction::Increase => (t < b).then_some(("increase", "below")),
                Direction::Decrease => (t > b).then_some(("decrease", "above")),
            };
            if let Some((direction, side)) = against {
                sink.push(
                    Finding::at(
                        Code::IndicatorDirection,
                        target.value.value.span,
                        format!(
                            "indicator {} should {direction}, but its target {} is {side} its baseline {}",
                            indicator.id.value,
                            fmt_num(t),
                            fmt_num(b)
                        ),
                    )
                    .label("target")
                    .related(baseline.value.span, "baseline")
                    .related(indicator.direction.span, "direction")
                    .help("correct the `direction`, or the target or baseline value"),
                );
            }
        }
        for m in &indicator.measurements {
            if m.value.year.value >= baseline.year.value {
                continue;
            }
            sink.push(
                Finding::at(
                    Code::IndicatorDirection,
                    m.value.year.span,
                    format!(
                        "indicator {} has a measurement for {}, before its baseline year {}",
                        indicator.id.value, m.value.year.value, baseline.year.value
                    ),
                )
                .label("before the baseline")
                .related(baseline.year.span, "baseline year")
                .help("the baseline is the starting point: make the earliest figure the baseline, or correct the year"),
            );
        }
    }
}
