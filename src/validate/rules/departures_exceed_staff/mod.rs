//! The `departures-exceed-staff` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `departures-exceed-staff`: a workforce row's `departures` in the years of the plan period add
/// up to more than its `employees`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some((first, last)) = cx.plan.period() else {
        return;
    };
    if first > last {
        return; // invalid-period
    }
    // Messages about a withheld row state no figure of it, not even the years: they reach the
    // document's findings.
    let mut withheld = cx.withheld.iter().copied();
    for row in &cx.plan.workforce {
        let withheld = withheld.next().unwrap_or(true);
        let Some(departures) = &row.departures else {
            continue;
        };
        let employees = row.employees.value;
        let counts: Vec<i64> = departures
            .value
            .0
            .iter()
            .filter(|(year, _)| (first..=last).contains(&year.value.0))
            .map(|(_, n)| n.value)
            .collect();
        // A negative count is `value-out-of-range`'s. One year above `employees` is
        // `workforce-mismatch`'s, and makes every sum with it exceed: reported once, there.
        if employees < 0 || counts.iter().any(|&n| n < 0 || n > employees) {
            continue;
        }
        // Each count is at most `employees`, but a row of absurd size could overflow `i64`.
        let sum: i128 = counts.iter().map(|&n| i128::from(n)).sum();
        if sum <= i128::from(employees) {
            continue;
        }
        let name = crate::plan::privacy::row_name(row);
        let finding = if withheld {
            Finding::at(
                Code::DeparturesExceedStaff,
                departures.span,
                msg!("departures-exceed-staff-withheld", row = &name),
            )
            .label(msg!("departures-exceed-staff-withheld-label"))
        } else {
            // At most `employees` per year, so the sum is far within what an `f64` holds exactly.
            let sum = sum as f64;
            Finding::at(
                Code::DeparturesExceedStaff,
                departures.span,
                msg!(
                    "departures-exceed-staff",
                    sum = sum,
                    row = &name,
                    first = first,
                    last = last,
                    employees = employees
                ),
            )
            .label(msg!(
                "departures-exceed-staff-label",
                sum = sum,
                first = first,
                last = last
            ))
        };
        sink.push(
            finding
                .related(row.employees.span, msg!("row-employees"))
                .help(msg!("departures-exceed-staff-help")),
        );
    }
}
