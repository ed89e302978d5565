# Messages of `plan-expired` in English.

plan-expired-summary = Today is after the plan period's end and the status is still adopted.
