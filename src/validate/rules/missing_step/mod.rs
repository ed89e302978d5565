//! The `missing-step` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Label};
use crate::validate::{RuleContext, Sink};

/// `missing-step`: one of the seven steps has no content at all.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
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
        sink.push(
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
