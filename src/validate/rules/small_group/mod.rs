//! The `small-group` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `small-group`: a workforce row has fewer persons than `privacy_threshold` (but at least one);
/// the rendered document withholds its figures (see [`crate::plan::privacy`]). The message never states
/// the row's size: it is a figure of a withheld row.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let threshold = cx.plan.privacy_threshold();
    for row in &cx.plan.workforce {
        if !crate::plan::privacy::is_small(row.employees.value, threshold) {
            continue;
        }
        let finding = Finding::at(
            Code::SmallGroup,
            row.employees.span,
            format!(
                "the workforce row for {} has fewer persons than the privacy threshold of {threshold}",
                crate::plan::privacy::row_name(row)
            ),
        )
        .label("small group")
        .help(format!("its figures, and those of a row that includes it (such as the unit's total), are withheld from the document (\"færre enn {threshold}\"); merge it with another row (e.g. leave out `role`) to show them"));
        sink.push(finding);
    }
}
