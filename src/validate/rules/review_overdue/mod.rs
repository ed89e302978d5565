//! The `review-overdue` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::{Date, Spanned};
use crate::validate::{RuleContext, Sink};

/// `review-overdue`: today is past `plan.revision.next_review` or a scheduled evaluation, with no
/// evaluation record on or after that date.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
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
        sink.push(finding);
    }
}
