//! The `workforce-mismatch` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `workforce-mismatch`: age bands do not sum to `employees`; departures in one year exceed
/// `employees`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    // Messages about a withheld row state no figure of it: they reach the document's findings.
    let mut withheld = cx.withheld.iter().copied();
    for row in &cx.plan.workforce {
        let withheld = withheld.next().unwrap_or(true);
        let name = crate::plan::privacy::row_name(row);
        let employees = row.employees.value;
        if let Some(age) = &row.age {
            // A sum beyond `i64` is a `value-out-of-range` finding of its own.
            let sum = age
                .value
                .0
                .iter()
                .try_fold(0i64, |sum, (_, n)| sum.checked_add(n.value));
            if let Some(sum) = sum.filter(|&sum| sum != employees && !age.value.0.is_empty()) {
                let (message, label) = if withheld {
                    (
                        msg!("workforce-mismatch-age-withheld", row = &name),
                        msg!("workforce-mismatch-age-withheld-label"),
                    )
                } else {
                    (
                        msg!(
                            "workforce-mismatch-age",
                            row = &name,
                            sum = sum,
                            employees = employees
                        ),
                        msg!("workforce-mismatch-age-label", sum = sum),
                    )
                };
                let finding = Finding::at(Code::WorkforceMismatch, age.span, message)
                    .label(label)
                    .related(row.employees.span, msg!("row-employees"))
                    .help(msg!("workforce-mismatch-age-help"));
                sink.push(finding);
            }
        }
        for (year, n) in row.departures.iter().flat_map(|d| d.value.0.iter()) {
            if n.value > employees {
                let message = if withheld {
                    // Not even the year: it would tell when one of a small group leaves.
                    msg!("workforce-mismatch-departures-withheld", row = &name)
                } else {
                    msg!(
                        "workforce-mismatch-departures",
                        row = &name,
                        departures = n.value,
                        year = year.value.0,
                        employees = employees
                    )
                };
                let finding = Finding::at(Code::WorkforceMismatch, n.span, message)
                    .label(msg!("workforce-mismatch-departures-label"))
                    .related(row.employees.span, msg!("row-employees"))
                    .help(msg!("workforce-mismatch-departures-help"));
                sink.push(finding);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::model::{Entries, Plan, YearKey};
    use crate::text::Language;
    use crate::validate::rules::shared::{
        at_nowhere, run_on, texts_in_every_language, workforce_row,
    };

    /// A row of `employees` whose age bands add up to one more, and who all leave in 2026 and
    /// one more.
    fn plan_with_row(role: &str, employees: i64) -> Plan {
        let mut row = workforce_row("hjemmetjenesten", Some(role), employees, employees as f64);
        row.value.age = Some(at_nowhere(Entries(vec![
            (at_nowhere("under 30".to_owned()), at_nowhere(1)),
            (at_nowhere("30 og over".to_owned()), at_nowhere(employees)),
        ])));
        row.value.departures = Some(at_nowhere(Entries(vec![(
            at_nowhere(YearKey(2026)),
            at_nowhere(employees + 1),
        )])));
        Plan {
            workforce: vec![row],
            ..Plan::default()
        }
    }

    #[test]
    fn the_sums_are_stated_in_every_language() {
        let findings = run_on(check, &plan_with_row("assistent", 20));
        let texts: Vec<(String, String)> = findings
            .iter()
            .map(|f| (f.message_in(Language::En), f.message_in(Language::Nn)))
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "the age bands for hjemmetjenesten (assistent) add up to 21, but `employees` is 20"
                        .to_owned(),
                    "aldersgruppene for hjemmetjenesten (assistent) er til saman 21, men `employees` er 20"
                        .to_owned()
                ),
                (
                    "21 departures from hjemmetjenesten (assistent) in 2026, but only 20 employees"
                        .to_owned(),
                    "21 forventa avgangar frå hjemmetjenesten (assistent) i 2026, men berre 20 tilsette"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_withheld_row_gets_no_figure_in_any_language() {
        let findings = run_on(check, &plan_with_row("sykepleier", 3));
        assert_eq!(findings.len(), 2);
        for text in texts_in_every_language(&findings) {
            assert!(
                !text.chars().any(|c| c.is_ascii_digit()),
                "a figure in {text}"
            );
        }
    }
}
