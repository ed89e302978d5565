//! The `indicator-direction` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::{Direction, Spanned};
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
        let id = &indicator.id.value;
        if let Some(target) = &indicator.target {
            if target.value.year.value < baseline.year.value {
                sink.push(before_baseline(
                    &target.value.year,
                    &baseline.year,
                    format!("indicator {id} has its target in"),
                    "the target is where the indicator should be later: correct the target year or the baseline year",
                ));
            }
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
                            "indicator {id} should {direction}, but its target {} is {side} its baseline {}",
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
            if m.value.year.value < baseline.year.value {
                sink.push(before_baseline(
                    &m.value.year,
                    &baseline.year,
                    format!("indicator {id} has a measurement for"),
                    "the baseline is the starting point: make the earliest figure the baseline, or correct the year",
                ));
            }
        }
    }
}

/// A finding at `year`, which lies before `baseline` (the baseline year): "`what` {year}, before
/// its baseline year {baseline}".
fn before_baseline(
    year: &Spanned<i64>,
    baseline: &Spanned<i64>,
    what: String,
    help: &str,
) -> Finding {
    Finding::at(
        Code::IndicatorDirection,
        year.span,
        format!(
            "{what} {}, before its baseline year {}",
            year.value, baseline.value
        ),
    )
    .label("before the baseline")
    .related(baseline.span, "baseline year")
    .help(help)
}
