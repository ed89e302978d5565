# Messages of `measure-without-need` in English.

measure-without-need-summary = A measure's `needs` is empty.
