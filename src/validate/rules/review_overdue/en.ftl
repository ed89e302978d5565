# Messages of `review-overdue` in English.

review-overdue-summary = Today is past the next review or a scheduled evaluation, with no evaluation record on or after that date.
# `$date` is the date it was due.
review-overdue-next-review = the next review of the plan was due on { $date }, and no evaluation is recorded since
# `$title` is the scheduled evaluation's title.
review-overdue-scheduled = the evaluation "{ $title }" was due on { $date }, and no evaluation is recorded since
review-overdue-label = overdue
review-overdue-help = record the evaluation under `evaluation.records` with its date, or set a new date (today is { $today })
