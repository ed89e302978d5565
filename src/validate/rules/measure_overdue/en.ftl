# Messages of `measure-overdue` in English.

measure-overdue-summary = Today is past a measure's `end` and its status is still planned or ongoing.
