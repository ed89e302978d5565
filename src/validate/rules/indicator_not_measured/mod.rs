//! The `indicator-not-measured` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// The month from which last year's figures are expected: statistics for a year (KOSTRA, sick
/// leave, the staff register) are published in the spring after it, so year `Y` is due from
/// 1 July of `Y + 1`.
const DUE_MONTH: i8 = 7;

/// `indicator-not-measured`: a year's figures are due (from 1 July of the year after it) with no
/// measurement of the indicator in it, for the years after its baseline year within the plan
/// period, or its target year.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    // The last year whose figures are due today.
    let last_due = cx.today.year()
        - if cx.today.0.month() >= DUE_MONTH {
            1
        } else {
            2
        };
    let period = cx.plan.period().filter(|(s, e)| s <= e);
    for indicator in &cx.plan.indicators {
        let measured = |year: i64| {
            indicator
                .measurements
                .iter()
                .any(|m| m.value.year.value == year)
        };
        let target_year = indicator.target.as_ref().map(|t| &t.value.year);
        if let Some(baseline) = &indicator.baseline {
            let baseline_year = baseline.value.year.value;
            // Years of the plan period after the baseline; before the period the plan did not
            // follow the indicator yet.
            let (first, last) = period.unwrap_or((i64::MIN, i64::MAX));
            let from = baseline_year.saturating_add(1).max(first);
            let through = last_due.min(last);
            let missing: Vec<String> = (from..=through)
                .filter(|&y| target_year.is_none_or(|t| t.value != y))
                .filter(|&y| !measured(y))
                .map(|y| y.to_string())
                .collect();
            if !missing.is_empty() {
                let years = match missing.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{} and {last}", rest.join(", "))
                    }
                    _ => missing.join(""),
                };
                let finding = Finding::at(
                    Code::IndicatorNotMeasured,
                    indicator.id.span,
                    format!(
                        "indicator {} has no measurement for {years}, after its baseline year {baseline_year}",
                        indicator.id.value
                    ),
                )
                .label("not measured")
                .related(baseline.value.year.span, "baseline year");
                sink.push(finding.help(format!(
                    "add the figure of each year that has passed to `measurements` (today is {})",
                    cx.today
                )));
            }
        }
        if let Some(year) = target_year
            && year.value <= last_due
            && !measured(year.value)
        {
            sink.push(
                Finding::at(
                    Code::IndicatorNotMeasured,
                    indicator.id.span,
                    format!(
                        "the target year {} of indicator {} has passed with no measurement in it",
                        year.value, indicator.id.value
                    ),
                )
                .label("not measured")
                .related(year.span, "target year")
                .help("add the figure of the target year to `measurements`: it shows whether the goal was reached"),
            );
        }
    }
}
