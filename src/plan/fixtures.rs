//! Builders for the unit tests of the plan stage: values with an empty span, workforce rows and
//! needs, so that each test states only what it is about.

use crate::model::{
    Date, Entries, Need, NeedQuantity, NonEmpty, Priority, Spanned, Strategy, Workforce, YearKey,
};
use crate::source::{FileId, Span};

/// `value` with an empty span.
pub fn s<T>(value: T) -> Spanned<T> {
    Spanned::new(value, Span::new(FileId(0), 0, 0))
}

/// Year → count, as `departures`, `places` and `completing` are written.
pub fn years(values: &[(i64, i64)]) -> Spanned<Entries<YearKey, i64>> {
    s(Entries(
        values
            .iter()
            .map(|(y, n)| (s(YearKey(*y)), s(*n)))
            .collect(),
    ))
}

/// A workforce row of `employees` persons and `fte` årsverk as of 2024-12-31, with no optional
/// figure.
pub fn workforce(unit: &str, role: Option<&str>, employees: i64, fte: f64) -> Workforce {
    Workforce {
        unit: s(unit.to_owned()),
        role: role.map(|r| s(r.to_owned())),
        as_of: s(Date(jiff::civil::date(2024, 12, 31))),
        source: None,
        employees: s(employees),
        fte: s(fte),
        formal_competence: None,
        part_time: None,
        turnover: None,
        sick_leave: None,
        unwanted_part_time: None,
        vacancies: None,
        age: None,
        departures: None,
    }
}

/// An acquire need `id` of `role` in `unit` (any unit when `None`), from `current` to `required`
/// by `by`, with `replace_departures` left to its default.
pub fn need(
    id: &str,
    role: &str,
    unit: Option<&str>,
    quantity: NeedQuantity,
    (current, required): (f64, f64),
    by: i64,
) -> Need {
    Need {
        id: s(id.to_owned()),
        title: s(id.to_owned()),
        goals: s(NonEmpty(vec![s("M1".to_owned())])),
        area: s("K1".to_owned()),
        unit: unit.map(|u| s(u.to_owned())),
        role: Some(s(role.to_owned())),
        strategy: s(Strategy::Acquire),
        quantity: s(quantity),
        current: s(current),
        required: s(required),
        by: s(by),
        priority: s(Priority::High),
        rationale: None,
        replace_departures: None,
    }
}
