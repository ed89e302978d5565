//! The `indicator-direction` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding, Msg};
use crate::model::{Direction, EntityKind, Spanned};
use crate::msg;
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
        let name = || entity(EntityKind::Indicator, &indicator.id.value);
        if let Some(target) = &indicator.target {
            if target.value.year.value < baseline.year.value {
                sink.push(before_baseline(
                    &target.value.year,
                    &baseline.year,
                    msg!(
                        "indicator-direction-target-year",
                        indicator = name(),
                        year = target.value.year.value,
                        baseline = baseline.year.value
                    ),
                    msg!("indicator-direction-target-year-help"),
                ));
            }
            let (b, t) = (baseline.value.value, target.value.value.value);
            let against = match indicator.direction.value {
                Direction::Increase => (t < b).then_some("increase"),
                Direction::Decrease => (t > b).then_some("decrease"),
            };
            if let Some(direction) = against {
                sink.push(
                    Finding::at(
                        Code::IndicatorDirection,
                        target.value.value.span,
                        msg!(
                            "indicator-direction",
                            direction = direction,
                            indicator = name(),
                            target = t,
                            baseline = b
                        ),
                    )
                    .label(msg!("indicator-direction-label"))
                    .related(baseline.value.span, msg!("indicator-direction-baseline"))
                    .related(
                        indicator.direction.span,
                        msg!("indicator-direction-direction"),
                    )
                    .help(msg!("indicator-direction-help")),
                );
            }
        }
        for m in &indicator.measurements {
            if m.value.year.value < baseline.year.value {
                sink.push(before_baseline(
                    &m.value.year,
                    &baseline.year,
                    msg!(
                        "indicator-direction-measurement",
                        indicator = name(),
                        year = m.value.year.value,
                        baseline = baseline.year.value
                    ),
                    msg!("indicator-direction-measurement-help"),
                ));
            }
        }
    }
}

/// A finding at `year`, which lies before `baseline` (the baseline year), with its message and
/// help.
fn before_baseline(
    year: &Spanned<i64>,
    baseline: &Spanned<i64>,
    message: Msg,
    help: Msg,
) -> Finding {
    Finding::at(Code::IndicatorDirection, year.span, message)
        .label(msg!("indicator-direction-before-label"))
        .related(baseline.span, msg!("indicator-direction-baseline-year"))
        .help(help)
}
