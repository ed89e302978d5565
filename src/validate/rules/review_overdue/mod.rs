//! The `review-overdue` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Msg};
use crate::model::{Date, Spanned};
use crate::msg;
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
    // Each date that was due, with its message.
    let mut due: Vec<(&Spanned<Date>, Msg)> = Vec::new();
    if let Some(next) = cx
        .plan
        .manifest
        .as_ref()
        .and_then(|m| m.plan.revision.as_ref())
        .and_then(|r| r.next_review.as_ref())
    {
        due.push((next, msg!("review-overdue-next-review", date = next.value)));
    }
    for item in cx.plan.evaluation.iter().flat_map(|e| e.schedule.iter()) {
        due.push((
            &item.date,
            msg!(
                "review-overdue-scheduled",
                title = &item.title.value,
                date = item.date.value
            ),
        ));
    }
    for (date, message) in due {
        if date.value >= today || done_since(date.value) {
            continue;
        }
        let finding = Finding::at(Code::ReviewOverdue, date.span, message)
            .label(msg!("review-overdue-label"))
            .help(msg!("review-overdue-help", today = today));
        sink.push(finding);
    }
}
