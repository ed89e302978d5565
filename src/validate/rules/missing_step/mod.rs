//! The `missing-step` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Arg, Code, Finding, Label};
use crate::model::section::sections_of_step;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `missing-step`: one of the seven steps has no content at all (every section of the step, as
/// the section table lists them, is empty).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    if cx.plan.incomplete {
        return; // what failed to load may hold it
    }
    for step in 1..=7 {
        if !sections_of_step(step).all(|s| cx.plan.section_is_empty(s)) {
            continue;
        }
        let sections = Arg::or(
            sections_of_step(step).map(|s| msg!("missing-step-section", section = s.name())),
        );
        sink.push(
            Finding::new(
                Code::MissingStep,
                cx.plan.manifest_file.map(Label::file),
                msg!("missing-step", step = step),
            )
            .help(msg!("missing-step-help", sections = sections)),
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
        let findings = sink.into_findings();
        assert_eq!(
            findings[3].message_in(Language::Nb),
            "steg 4 («Hva er kompetanse?») har ikke noe innhold"
        );
        assert_eq!(
            findings[3].help_in(Language::Nn),
            "legg til `competence` eller `competence_areas` i ei planfil; `kplan init` viser eit døme på kvart steg"
        );
        let texts: Vec<(String, String)> = findings
            .into_iter()
            .map(|f| (f.message_in(Language::En), f.help_in(Language::En)))
            .collect();
        let help = |s: &str| {
            format!("add {s} to a plan file; `kplan init` shows an example of every step")
        };
        let expected = [
            (
                "step 1 (organisation and involvement)",
                "`organisation`, `units` or `roles`",
            ),
            ("step 2 (anchoring)", "`anchoring` or `ambitions`"),
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
                "step 7 (implementation, follow-up and evaluation)",
                "`indicators` or `evaluation`",
            ),
        ]
        .map(|(step, sections)| (format!("{step} has no content"), help(sections)));
        assert_eq!(texts, expected);
    }
}
