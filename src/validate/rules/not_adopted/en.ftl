# Messages of `not-adopted` in English.

not-adopted-summary = The plan period has started (today is on or after 1 January of `period.start`) and the status is still draft or consultation.
