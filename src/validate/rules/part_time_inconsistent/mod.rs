//! The `part-time-inconsistent` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// How far `fte` may fall below `employees` in a row with `part_time` 0 before it is clearly
/// below: half an årsverk. An `fte` rounded to whole årsverk is off by at most that, so a row of
/// full-time employees written so can be up to half an årsverk short; any more is at least one
/// position below full time, a part-timer that `part_time` 0 says the row does not have.
const ROUNDING: f64 = 0.5;

/// `part-time-inconsistent`: `part_time` is 0 while `fte` is clearly below `employees`, or `fte`
/// equals `employees` while `part_time` is above 0.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    // Messages about a withheld row state no figure of it: they reach the document's findings.
    let mut withheld = cx.withheld.iter().copied();
    for row in &cx.plan.workforce {
        let withheld = withheld.next().unwrap_or(true);
        let Some(part_time) = &row.part_time else {
            continue;
        };
        let (employees, fte, share) = (row.employees.value, row.fte.value, part_time.value);
        // Figures out of range are `value-out-of-range` findings; comparing them says nothing more.
        let in_range = employees >= 0
            && fte.is_finite()
            && fte >= 0.0
            && fte <= employees as f64
            && (0.0..=100.0).contains(&share);
        if !in_range {
            continue;
        }
        let full_time_short = share == 0.0 && fte < employees as f64 - ROUNDING;
        let part_time_full = share > 0.0 && fte == employees as f64;
        if !(full_time_short || part_time_full) {
            continue;
        }
        let name = crate::plan::privacy::row_name(row);
        let (message, label, help) = if withheld {
            (
                msg!("part-time-inconsistent-withheld", row = &name),
                msg!("part-time-inconsistent-withheld-label"),
                // One help for both cases: which one it is would tell a figure of the row.
                msg!("part-time-inconsistent-withheld-help"),
            )
        } else if full_time_short {
            (
                msg!(
                    "part-time-inconsistent-full-time",
                    row = &name,
                    fte = fte,
                    employees = employees
                ),
                msg!("part-time-inconsistent-full-time-label"),
                msg!("part-time-inconsistent-full-time-help"),
            )
        } else {
            (
                msg!(
                    "part-time-inconsistent-part-time",
                    row = &name,
                    share = share,
                    employees = employees
                ),
                msg!("part-time-inconsistent-part-time-label", share = share),
                msg!("part-time-inconsistent-part-time-help"),
            )
        };
        sink.push(
            Finding::at(Code::PartTimeInconsistent, part_time.span, message)
                .label(label)
                .related(row.fte.span, msg!("row-fte"))
                .related(row.employees.span, msg!("row-employees"))
                .help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::model::Plan;
    use crate::text::Language;
    use crate::validate::rules::shared::{
        at_nowhere, run_on, texts_in_every_language, workforce_row,
    };

    fn plan_with_row(employees: i64, fte: f64, part_time: f64) -> Plan {
        let mut row = workforce_row("hjemmetjenesten", Some("assistent"), employees, fte);
        row.value.part_time = Some(at_nowhere(part_time));
        Plan {
            workforce: vec![row],
            ..Plan::default()
        }
    }

    #[test]
    fn the_figures_are_written_the_languages_way() {
        let findings = run_on(check, &plan_with_row(20, 14.5, 0.0));
        assert_eq!(
            findings[0].message_in(Language::En),
            "the workforce row for hjemmetjenesten (assistent) has `part_time` 0%, but 14.5 fte for 20 employees"
        );
        assert_eq!(
            findings[0].message_in(Language::Nb),
            "bemanningsraden for hjemmetjenesten (assistent) har `part_time` 0\u{a0}%, men 14,5 årsverk for 20 ansatte"
        );
        let findings = run_on(check, &plan_with_row(20, 20.0, 12.5));
        assert_eq!(
            findings[0].message_in(Language::Nn),
            "bemanningsrada for hjemmetjenesten (assistent) har `part_time` 12,5\u{a0}%, men like mange årsverk som tilsette (20)"
        );
    }

    #[test]
    fn a_withheld_row_gets_no_figure_in_any_language() {
        for (fte, part_time) in [(1.5, 0.0), (3.0, 40.0)] {
            let findings = run_on(check, &plan_with_row(3, fte, part_time));
            assert_eq!(findings.len(), 1);
            for text in texts_in_every_language(&findings) {
                assert!(
                    !text.chars().any(|c| c.is_ascii_digit()),
                    "a figure in {text}"
                );
            }
        }
    }
}
