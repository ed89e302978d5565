# Messages of `measure-without-cost` in English.

measure-without-cost-summary = A measure has no `costs`.
