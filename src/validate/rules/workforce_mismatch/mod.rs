//! The `workforce-mismatch` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `workforce-mismatch`: age bands do not sum to `employees`; departures in one year exceed
/// `employees`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    // Messages about a withheld row state no figure of it: they reach the document's findings.
    let mut withheld = cx.withheld.iter().copied();
    for row in &cx.plan.workforce {
        let withheld = withheld.next().unwrap_or(true);
        let unit = &row.unit.value;
        let employees = row.employees.value;
        if let Some(age) = &row.age {
            // A sum beyond `i64` is a `value-out-of-range` finding of its own.
            let sum = age
                .value
                .0
                .iter()
                .try_fold(0i64, |sum, (_, n)| sum.checked_add(n.value));
            if let Some(sum) = sum.filter(|&sum| sum != employees && !age.value.0.is_empty()) {
                let finding = Finding::at(
                    Code::WorkforceMismatch,
                    age.span,
                    if withheld {
                        format!("the age bands for {} do not add up to employees", crate::plan::privacy::row_name(row))
                    } else {
                        format!("the age bands for {unit} add up to {sum}, but employees is {employees}")
                    },
                )
                .label(if withheld { "sum of the bands".to_owned() } else { format!("sum {sum}") })
                .related(row.employees.span, "employees")
                .help("every employee belongs to exactly one age band: correct the bands or `employees`");
                sink.push(finding);
            }
        }
        for (year, n) in row.departures.iter().flat_map(|d| d.value.0.iter()) {
            if n.value > employees {
                let finding = Finding::at(
                    Code::WorkforceMismatch,
                    n.span,
                    if withheld {
                        // Not even the year: it would tell when one of a small group leaves.
                        format!(
                            "the departures from {} in one year exceed employees",
                            crate::plan::privacy::row_name(row)
                        )
                    } else {
                        format!(
                            "{} departures from {unit} in {} but only {employees} employees",
                            n.value, year.value.0
                        )
                    },
                )
                .label("more than employees")
                .related(row.employees.span, "employees")
                .help("expected departures in a year cannot exceed the number of employees");
                sink.push(finding);
            }
        }
    }
}
