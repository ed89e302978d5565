//! The `indicator-not-measured` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Arg, Code, Finding, Msg};
use crate::model::EntityKind;
use crate::msg;
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
        let name = || entity(EntityKind::Indicator, &indicator.id.value);
        if let Some(baseline) = &indicator.baseline {
            let baseline_year = baseline.value.year.value;
            // Years of the plan period after the baseline; before the period the plan did not
            // follow the indicator yet.
            let (first, last) = period.unwrap_or((i64::MIN, i64::MAX));
            let from = baseline_year.saturating_add(1).max(first);
            let through = last_due.min(last);
            let missing: Vec<i64> = (from..=through)
                .filter(|&y| target_year.is_none_or(|t| t.value != y))
                .filter(|&y| !measured(y))
                .collect();
            if !missing.is_empty() {
                let finding = Finding::at(
                    Code::IndicatorNotMeasured,
                    indicator.id.span,
                    not_measured(&indicator.id.value, &missing, baseline_year),
                )
                .label(msg!("indicator-not-measured-label"))
                .related(
                    baseline.value.year.span,
                    msg!("indicator-not-measured-baseline-year"),
                );
                sink.push(finding.help(msg!("indicator-not-measured-help", today = cx.today)));
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
                    msg!(
                        "indicator-not-measured-target",
                        year = year.value,
                        indicator = name()
                    ),
                )
                .label(msg!("indicator-not-measured-label"))
                .related(year.span, msg!("indicator-not-measured-target-year"))
                .help(msg!("indicator-not-measured-target-help")),
            );
        }
    }
}

/// "indicator I1 has no measurement for 2025 and 2026, after its baseline year 2024".
fn not_measured(id: &str, years: &[i64], baseline: i64) -> Msg {
    let years = Arg::and(
        years
            .iter()
            .map(|&year| msg!("indicator-not-measured-year", year = year)),
    );
    msg!(
        "indicator-not-measured",
        indicator = entity(EntityKind::Indicator, id),
        years = years,
        baseline = baseline
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    #[test]
    fn the_years_without_a_measurement_are_listed_in_the_language() {
        let message = not_measured("I1", &[2025, 2026, 2027], 2024);
        assert_eq!(
            message.text(Language::En),
            "indicator I1 has no measurement for 2025, 2026 and 2027, after its baseline year 2024"
        );
        assert_eq!(
            message.text(Language::Nb),
            "indikator I1 har ingen måling for 2025, 2026 og 2027, etter året for utgangspunktet (2024)"
        );
        assert_eq!(
            not_measured("I2", &[2025], 2024).text(Language::Nn),
            "indikator I2 har inga måling for 2025, etter året for utgangspunktet (2024)"
        );
    }
}
