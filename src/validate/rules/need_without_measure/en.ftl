# Messages of `need-without-measure` in English.

need-without-measure-summary = No measure names the need (an uncovered gap).
