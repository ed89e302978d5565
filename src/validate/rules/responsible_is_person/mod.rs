//! The `responsible-is-person` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::Text;
use crate::validate::{RuleContext, Sink};

/// `responsible-is-person`: a `responsible` or the `owner` equals the `name` of a group member
/// (trimmed, case-insensitively).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(organisation) = &cx.plan.organisation else {
        return;
    };
    // (the name as compared, the member's role, the group's name)
    let members: Vec<(String, &str, &str)> = organisation
        .value
        .groups
        .iter()
        .flat_map(|g| g.value.members.iter().map(move |m| (g, m)))
        .filter_map(|(g, m)| {
            let name = m.value.name.as_ref()?.value.trim().to_lowercase();
            (!name.is_empty()).then_some((
                name,
                m.value.role.value.as_str(),
                g.value.name.value.as_str(),
            ))
        })
        .collect();
    if members.is_empty() {
        return;
    }
    let mut check = |field: &Text, what: String, name: &str| {
        let given = field.value.trim().to_lowercase();
        let Some((_, role, group)) = members.iter().find(|(n, _, _)| *n == given) else {
            return;
        };
        // The message does not repeat the person's name: findings reach the document.
        sink.push(
            Finding::at(
                Code::ResponsibleIsPerson,
                field.span,
                format!("the `{name}` of {what} is the name of a member of the group {group}, not a role"),
            )
            .label("a person")
            .help(format!(
                "name the role, which stays when the person leaves: the member is `{role}`"
            )),
        );
    };
    check(
        &organisation.value.owner,
        "the organisation".into(),
        "owner",
    );
    for measure in &cx.plan.measures {
        check(
            &measure.responsible,
            format!("measure {}", measure.id.value),
            "responsible",
        );
    }
    if let Some(evaluation) = &cx.plan.evaluation {
        check(
            &evaluation.value.responsible,
            "the evaluation".into(),
            "responsible",
        );
    }
}
