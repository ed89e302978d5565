//! The `no-employee-representative` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Label};
use crate::model::Represents;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `no-employee-representative`: no group member represents the employees (KS step 1;
/// Hovedtariffavtalen (KS) chapter 3 has the employer plan competence measures together with the
/// tillitsvalgte, and Hovedavtalen holds the rules on co-determination and drøfting).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may hold it
    }
    let organisation = cx.plan.organisation.as_ref();
    let present = organisation.is_some_and(|o| {
        o.groups.iter().any(|g| {
            g.members
                .iter()
                .any(|m| m.represents.value == Represents::EmployeeRepresentative)
        })
    });
    if present {
        return;
    }
    let primary = match organisation {
        Some(o) => Some(Label::at(o.span).with_message(msg!("no-employee-representative-label"))),
        None => cx.plan.manifest_file.map(Label::file),
    };
    sink.push(
        Finding::new(
            Code::NoEmployeeRepresentative,
            primary,
            msg!("no-employee-representative"),
        )
        .help(msg!("no-employee-representative-help")),
    );
}
