//! The `need-without-measure` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::validate::{RuleContext, Sink};

/// `need-without-measure`: no measure names the need (an uncovered gap).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for need in &cx.plan.needs {
        if cx
            .index
            .measures_of_need
            .contains_key(need.id.value.as_str())
        {
            continue;
        }
        let finding = Finding::at(
            Code::NeedWithoutMeasure,
            need.id.span,
            format!("need {} is named by no measure", need.id.value),
        )
        .label("uncovered gap")
        .help(format!(
            "add `{}` to the `needs` of a measure (step 6), or explain in `rationale` why it waits",
            need.id.value
        ));
        sink.push(finding);
    }
}
