//! The `responsible-is-person` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding, Msg};
use crate::model::{EntityKind, Text};
use crate::msg;
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
    // `message` words the finding for the group the person is a member of.
    let mut check = |field: &Text, message: &dyn Fn(&str) -> Msg| {
        let given = field.value.trim().to_lowercase();
        let Some((_, role, group)) = members.iter().find(|(n, _, _)| *n == given) else {
            return;
        };
        // The message does not repeat the person's name: findings reach the document.
        sink.push(
            Finding::at(Code::ResponsibleIsPerson, field.span, message(group))
                .label(msg!("responsible-is-person-label"))
                .help(msg!("responsible-is-person-help", role = *role)),
        );
    };
    check(&organisation.value.owner, &|group| {
        msg!("responsible-is-person-organisation", group = group)
    });
    for measure in &cx.plan.measures {
        check(&measure.responsible, &|group| {
            msg!(
                "responsible-is-person-measure",
                measure = entity(EntityKind::Measure, &measure.id.value),
                group = group
            )
        });
    }
    if let Some(evaluation) = &cx.plan.evaluation {
        check(&evaluation.value.responsible, &|group| {
            msg!("responsible-is-person-evaluation", group = group)
        });
    }
}
