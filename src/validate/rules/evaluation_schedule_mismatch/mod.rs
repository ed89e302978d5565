//! The `evaluation-schedule-mismatch` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::{Date, EvaluationScope, ScheduledEvaluation, Spanned};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// Whole months from `from` to `to`, days ignored: 2027-03-01 to 2028-03-31 is 12 months.
fn months_between(from: Date, to: Date) -> i64 {
    (to.year() - from.year()) * 12 + i64::from(to.0.month()) - i64::from(from.0.month())
}

/// `evaluation-schedule-mismatch`: two consecutive `actions` evaluations of `evaluation.schedule`
/// lie further apart than `[plan.revision] action_interval_years`, or a schedule with entries has
/// no `plan` evaluation dated in or before the last year of the plan period.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(evaluation) = cx.plan.evaluation.as_ref() else {
        return; // missing-step speaks for a plan without step 7
    };
    let schedule = &evaluation.schedule;
    if schedule.is_empty() {
        return; // nothing scheduled to compare
    }
    let Some(meta) = cx.plan.manifest.as_ref().map(|m| &m.plan) else {
        return;
    };
    let of_scope = |scope: EvaluationScope| -> Vec<&Spanned<ScheduledEvaluation>> {
        let mut items: Vec<_> = schedule.iter().filter(|s| s.scope.value == scope).collect();
        items.sort_by_key(|s| s.date.value);
        items
    };

    let interval = meta
        .revision
        .as_ref()
        .and_then(|r| r.action_interval_years.as_ref())
        .filter(|i| i.value > 0);
    if let Some(interval) = interval {
        let actions = of_scope(EvaluationScope::Actions);
        for pair in actions.windows(2) {
            let (earlier, later) = (pair[0], pair[1]);
            let months = months_between(earlier.date.value, later.date.value);
            if months <= interval.value * 12 {
                continue;
            }
            sink.push(
                Finding::at(
                    Code::EvaluationScheduleMismatch,
                    later.date.span,
                    msg!(
                        "evaluation-schedule-mismatch-gap",
                        title = &later.title.value,
                        months = months,
                        previous = earlier.date.value,
                        interval = interval.value
                    ),
                )
                .label(msg!(
                    "evaluation-schedule-mismatch-gap-label",
                    months = months
                ))
                .related(
                    interval.span,
                    msg!("evaluation-schedule-mismatch-gap-related"),
                )
                .help(msg!("evaluation-schedule-mismatch-gap-help")),
            );
        }
    }

    let end = meta.period.value.end.value;
    let plans = of_scope(EvaluationScope::Plan);
    if plans.iter().any(|s| s.date.value.year() <= end) {
        return;
    }
    let finding = match plans.first() {
        Some(first) => Finding::at(
            Code::EvaluationScheduleMismatch,
            first.date.span,
            msg!(
                "evaluation-schedule-mismatch-late",
                title = &first.title.value,
                end = end
            ),
        )
        .label(msg!("evaluation-schedule-mismatch-late-label")),
        None => Finding::at(
            Code::EvaluationScheduleMismatch,
            schedule[0].span,
            msg!("evaluation-schedule-mismatch-none", end = end),
        )
        .label(msg!("evaluation-schedule-mismatch-none-label")),
    };
    sink.push(finding.help(msg!("evaluation-schedule-mismatch-plan-help", end = end)));
}

#[cfg(test)]
mod tests {
    use crate::model::Date;
    use crate::msg;
    use crate::text::Language;

    /// The gap message of a schedule promising `interval`, in `lang`.
    fn gap(interval: i64, lang: Language) -> String {
        msg!(
            "evaluation-schedule-mismatch-gap",
            title = "Årlig gjennomgang",
            months = 30,
            previous = Date::parse("2026-03-01").unwrap(),
            interval = interval
        )
        .text(lang)
    }

    #[test]
    fn the_interval_is_said_as_words() {
        assert_eq!(
            gap(1, Language::Nb),
            "evalueringen «Årlig gjennomgang» kommer 30 måneder etter den forrige \
             (1.\u{a0}mars\u{a0}2026), men tiltakene skal gjennomgås hvert år"
        );
        assert!(gap(2, Language::Nb).ends_with("skal gjennomgås annethvert år"));
        assert!(gap(4, Language::Nb).ends_with("skal gjennomgås hvert fjerde år"));
        assert!(gap(7, Language::Nb).ends_with("skal gjennomgås hvert 7. år"));
        assert!(gap(1, Language::Nn).ends_with("skal gjennomgåast kvart år"));
        assert!(gap(2, Language::Nn).ends_with("skal gjennomgåast annakvart år"));
        assert!(gap(1, Language::En).ends_with("to be reviewed every year"));
        assert!(gap(2, Language::En).ends_with("to be reviewed every 2 years"));
    }
}
