//! Rules on the plan as a whole: adoption, involvement, anchoring, and that every step has content.

use crate::diag::{Code, Finding, Label};
use crate::model::{AnchoringKind, PlanStatus, Represents};
use crate::validate::RuleContext;

/// `adoption-missing`: `status = "adopted"` without `[plan.adoption]` body, date and case.
pub fn adoption_missing(cx: &mut RuleContext<'_>) {
    let Some(manifest) = &cx.plan.manifest else {
        return;
    };
    let meta = &manifest.plan.value;
    if meta.status.value != PlanStatus::Adopted {
        return;
    }
    let adoption = meta.adoption.as_ref();
    let missing: Vec<&str> = [
        ("body", adoption.is_none_or(|a| a.body.is_none())),
        ("date", adoption.is_none_or(|a| a.date.is_none())),
        ("case", adoption.is_none_or(|a| a.case.is_none())),
    ]
    .into_iter()
    .filter(|(_, missing)| *missing)
    .map(|(name, _)| name)
    .collect();
    if missing.is_empty() {
        return;
    }
    let mut finding = Finding::at(
        Code::AdoptionMissing,
        meta.status.span,
        format!(
            "the plan is adopted, but [plan.adoption] lacks {}",
            missing.join(", ")
        ),
    )
    .label("status is adopted")
    .help("add [plan.adoption] with body = \"Kommunestyret\", date = 2025-06-19 and case = \"PS 45/25\" (as the decision reads), or set status to draft or consultation");
    if let Some(a) = adoption {
        finding = finding.related(a.span, "adoption");
    }
    cx.push(finding);
}

/// `no-employee-representative`: no group member represents the employees (KS step 1,
/// Hovedavtalen).
pub fn no_employee_representative(cx: &mut RuleContext<'_>) {
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
        Some(o) => Some(Label::at(o.span).with_message("no tillitsvalgt in any group")),
        None => cx.plan.manifest_file.map(Label::file),
    };
    cx.push(
        Finding::new(
            Code::NoEmployeeRepresentative,
            primary,
            "no member of any group represents the employees (tillitsvalgt)",
        )
        .help("add a member with `represents: employee-representative` to the project or steering group"),
    );
}

/// `no-budget-anchoring`: no anchoring of kind `economy-plan` or `budget`.
pub fn no_budget_anchoring(cx: &mut RuleContext<'_>) {
    if cx.plan.incomplete {
        return; // what failed to load may hold it
    }
    let present = cx.plan.anchoring.iter().any(|a| {
        matches!(
            a.kind.value,
            AnchoringKind::EconomyPlan | AnchoringKind::Budget
        )
    });
    if present {
        return;
    }
    let primary = match cx.plan.anchoring.first() {
        Some(a) => Some(Label::at(a.id.span).with_message("anchoring without budget")),
        None => cx.plan.manifest_file.map(Label::file),
    };
    cx.push(
        Finding::new(
            Code::NoBudgetAnchoring,
            primary,
            "the plan is not anchored in the økonomiplan or a budget",
        )
        .help("add an anchoring of kind `economy-plan` or `budget` (e.g. Økonomiplan 2025–2028) so the measures reach the budget"),
    );
}

/// `missing-step`: one of the seven steps has no content at all.
pub fn missing_step(cx: &mut RuleContext<'_>) {
    if cx.plan.incomplete {
        return; // what failed to load may hold it
    }
    let p = cx.plan;
    let steps: [(u8, &str, &str, bool); 7] = [
        (
            1,
            "organisation",
            "`organisation`, `units` or `roles`",
            p.organisation.is_none() && p.units.is_empty() && p.roles.is_empty(),
        ),
        (
            2,
            "anchoring and ambitions",
            "`anchoring` or `ambitions`",
            p.anchoring.is_empty() && p.ambitions.is_empty(),
        ),
        (
            3,
            "goals and guidelines",
            "`guidelines` or `goals`",
            p.guidelines.is_empty() && p.goals.is_empty(),
        ),
        (
            4,
            "what competence is",
            "`competence` or `competence_areas`",
            p.competence.is_none() && p.competence_areas.is_empty(),
        ),
        (
            5,
            "competence and staffing analysis",
            "`workforce` or `needs`",
            p.workforce.is_empty() && p.needs.is_empty(),
        ),
        (
            6,
            "strategies and measures",
            "`strategies`, `funding` or `measures`",
            p.strategies.is_empty() && p.funding.is_empty() && p.measures.is_empty(),
        ),
        (
            7,
            "evaluation and follow-up",
            "`indicators` or `evaluation`",
            p.indicators.is_empty() && p.evaluation.is_none(),
        ),
    ];
    for (number, name, sections, empty) in steps {
        if !empty {
            continue;
        }
        cx.push(
            Finding::new(
                Code::MissingStep,
                cx.plan.manifest_file.map(Label::file),
                format!("step {number} ({name}) has no content"),
            )
            .help(format!(
                "add {sections} to a plan file; `kplan init` shows an example of every step"
            )),
        );
    }
}
