//! The `part-time-inconsistent` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::fmt_num;
use crate::diag::{Code, Finding};
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
                format!(
                    "the part_time of the workforce row for {name} does not agree with its fte and employees"
                ),
                "does not agree with fte".to_owned(),
                // One help for both cases: which one it is would tell a figure of the row.
                "when nobody works part time, fte equals employees (give or take half an årsverk of rounding); when some do, fte is below employees: correct `part_time`, `fte` or `employees`",
            )
        } else if full_time_short {
            (
                format!(
                    "the workforce row for {name} has part_time 0 %, but {} fte for {employees} employees",
                    fmt_num(fte)
                ),
                "nobody part time".to_owned(),
                "when nobody works part time, fte equals employees, give or take half an årsverk of rounding: correct `part_time` (the share of employees in positions below full time) or `fte`",
            )
        } else {
            (
                format!(
                    "the workforce row for {name} has part_time {} %, but as many fte as employees ({employees})",
                    fmt_num(share)
                ),
                format!("{} % part time", fmt_num(share)),
                "a part-timer works less than a full position, so fte is below employees when anyone works part time: correct `part_time` or `fte` (write fte with its decimals, not rounded to whole årsverk)",
            )
        };
        sink.push(
            Finding::at(Code::PartTimeInconsistent, part_time.span, message)
                .label(label)
                .related(row.fte.span, "fte")
                .related(row.employees.span, "employees")
                .help(help),
        );
    }
}
