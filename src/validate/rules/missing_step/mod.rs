//! The `missing-step` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Label};
use crate::model::section::{STEP_NAMES, sections_of_step};
use crate::validate::{RuleContext, Sink};

/// `missing-step`: one of the seven steps has no content at all (every section of the step, as
/// the section table lists them, is empty).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may hold it
    }
    for (step, name) in (1..=7).zip(STEP_NAMES) {
        if !sections_of_step(step).all(|s| cx.plan.section_is_empty(s)) {
            continue;
        }
        let names: Vec<String> = sections_of_step(step)
            .map(|s| format!("`{}`", s.name()))
            .collect();
        let sections = match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => unreachable!("every step has a section (a test of the table says so)"),
        };
        sink.push(
            Finding::new(
                Code::MissingStep,
                cx.plan.manifest_file.map(Label::file),
                format!("step {step} ({name}) has no content"),
            )
            .help(format!(
                "add {sections} to a plan file; `kplan init` shows an example of every step"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Plan};
    use crate::plan::Checked;
    use crate::source::Sources;
    use crate::text::Language;

    #[test]
    fn an_empty_plan_misses_every_step_with_its_sections_named() {
        let plan = Plan::default();
        let checked = Checked::new(&plan);
        let sources = Sources::default();
        let cx = RuleContext {
            plan: &plan,
            index: &checked.index,
            sources: &sources,
            today: Date::parse("2026-11-27").unwrap(),
            withheld: &checked.withheld,
        };
        let mut sink = Sink::default();
        check(&cx, &mut sink);
        let texts: Vec<(String, String)> = sink
            .into_findings()
            .into_iter()
            .map(|f| (f.message_in(Language::En), f.help_in(Language::En)))
            .collect();
        let help = |s: &str| {
            format!("add {s} to a plan file; `kplan init` shows an example of every step")
        };
        let expected = [
            (
                "step 1 (organisation)",
                "`organisation`, `units` or `roles`",
            ),
            (
                "step 2 (anchoring and ambitions)",
                "`anchoring` or `ambitions`",
            ),
            ("step 3 (goals and guidelines)", "`guidelines` or `goals`"),
            (
                "step 4 (what competence is)",
                "`competence` or `competence_areas`",
            ),
            (
                "step 5 (competence and staffing analysis)",
                "`workforce`, `needs` or `apprentices`",
            ),
            (
                "step 6 (strategies and measures)",
                "`strategies`, `funding` or `measures`",
            ),
            (
                "step 7 (evaluation and follow-up)",
                "`indicators` or `evaluation`",
            ),
        ]
        .map(|(step, sections)| (format!("{step} has no content"), help(sections)));
        assert_eq!(texts, expected);
    }
}
