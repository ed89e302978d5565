//! Rules on time: periods, the plan period, and what is overdue today.

use crate::diag::{Code, Finding};
use crate::model::{Date, MeasureStatus, Spanned};
use crate::validate::RuleContext;

/// `invalid-period`: the plan period, or a measure, starts after it ends.
pub fn invalid_period(cx: &mut RuleContext<'_>) {
    if let Some(manifest) = &cx.plan.manifest {
        let period = &manifest.plan.period;
        if period.start.value > period.end.value {
            let finding = Finding::at(
                Code::InvalidPeriod,
                period.start.span,
                format!(
                    "the plan period starts in {} but ends in {}",
                    period.start.value, period.end.value
                ),
            )
            .label("start")
            .related(period.end.span, "end")
            .help("the period is written as { start = 2025, end = 2028 } with start <= end");
            cx.push(finding);
        }
    }
    for measure in &cx.plan.measures {
        if measure.start.value > measure.end.value {
            let finding = Finding::at(
                Code::InvalidPeriod,
                measure.start.span,
                format!(
                    "measure {} starts {} but ends {}",
                    measure.id.value, measure.start.value, measure.end.value
                ),
            )
            .label("start")
            .related(measure.end.span, "end")
            .help("swap `start` and `end`, or correct the wrong one");
            cx.push(finding);
        }
    }
}

/// `outside-period`: a measure's dates, a cost year, a need's `by` or an indicator target year fall
/// outside the plan period.
pub fn outside_period(cx: &mut RuleContext<'_>) {
    let Some((first, last)) = cx.plan.period() else {
        return;
    };
    if first > last {
        return; // invalid-period
    }
    let inside = |year: i64| (first..=last).contains(&year);
    let mut found = Vec::new();
    let mut report = |span, what: String| {
        found.push(
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
    found.into_iter().for_each(|f| cx.push(f));
}

/// `measure-overdue`: today is past a measure's `end` and its status is still planned or ongoing.
pub fn measure_overdue(cx: &mut RuleContext<'_>) {
    let today = cx.today;
    for measure in &cx.plan.measures {
        let open = matches!(
            measure.status.value,
            MeasureStatus::Planned | MeasureStatus::Ongoing
        );
        if !open || measure.end.value >= today {
            continue;
        }
        let finding = Finding::at(
            Code::MeasureOverdue,
            measure.status.span,
            format!(
                "measure {} ended {} but is still {}",
                measure.id.value,
                measure.end.value,
                if measure.status.value == MeasureStatus::Planned {
                    "planned"
                } else {
                    "ongoing"
                }
            ),
        )
        .label("status not updated")
        .related(measure.end.span, "end date")
        .help(format!(
            "set `status` to completed, postponed or cancelled, or move `end` (today is {today})"
        ));
        cx.push(finding);
    }
}

/// `review-overdue`: today is past `plan.revision.next_review` or a scheduled evaluation, with no
/// evaluation record on or after that date.
pub fn review_overdue(cx: &mut RuleContext<'_>) {
    let today = cx.today;
    let records: Vec<Date> = cx
        .plan
        .evaluation
        .iter()
        .flat_map(|e| e.records.iter().map(|r| r.date.value))
        .collect();
    let done_since = |date: Date| records.iter().any(|r| *r >= date);
    let mut due: Vec<(&Spanned<Date>, String)> = Vec::new();
    if let Some(next) = cx
        .plan
        .manifest
        .as_ref()
        .and_then(|m| m.plan.revision.as_ref())
        .and_then(|r| r.next_review.as_ref())
    {
        due.push((next, "the next review of the plan".to_owned()));
    }
    for item in cx.plan.evaluation.iter().flat_map(|e| e.schedule.iter()) {
        due.push((
            &item.date,
            format!("the evaluation \"{}\"", item.title.value),
        ));
    }
    for (date, what) in due {
        if date.value >= today || done_since(date.value) {
            continue;
        }
        let finding = Finding::at(
            Code::ReviewOverdue,
            date.span,
            format!("{what} was due {} and no evaluation is recorded since", date.value),
        )
        .label("overdue")
        .help(format!(
            "record the evaluation under `evaluation.records` with its date, or set a new date (today is {today})"
        ));
        cx.push(finding);
    }
}
