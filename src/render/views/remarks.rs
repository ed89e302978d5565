//! The appendix of remarks (`remarks`): what the checks still say about a plan that passed them,
//! as sentences a council reader can follow, without rule codes. A finding's own words are used
//! where they are plain; where they name fields, files or the tool (a `` `based_on` ``, a
//! `kplan.toml`), the rule's sentence from the document catalogue (`t.remarks.rules`) stands
//! instead, with the entities the finding names.

use serde::Serialize;

use crate::diag::{Arg, Finding, Severity};
use crate::text::Language;

/// The remarks of the checks, by severity; errors never reach a document.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Remarks {
    /// Warnings, to be followed up, in the order of `kplan check`.
    pub warnings: Vec<Remark>,
    /// Notes: advice, for information.
    pub notes: Vec<Remark>,
}

impl Remarks {
    /// Whether there is any remark to list.
    pub fn is_empty(&self) -> bool {
        self.warnings.is_empty() && self.notes.is_empty()
    }
}

/// One remark.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Remark {
    /// The rule (see [rules.md](rules.md)); the built-in templates do not show it.
    pub code: &'static str,
    /// The remark as one or more sentences in the document's language.
    pub text: String,
}

/// Whether a finding's text can stand in a council document: no code spans, no file names and
/// no mention of the tool.
fn plain(text: &str) -> bool {
    let lower = text.to_lowercase();
    !text.contains('`')
        && !lower.contains("kplan")
        && ![".yaml", ".yml", ".toml"]
            .iter()
            .any(|ext| lower.contains(ext))
}

/// `text` as a sentence: a capital first letter and a full stop.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return String::new();
    }
    let mut out = crate::text::capitalized(text);
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// The entities a finding names, at any depth of its message: its `entity` messages ("tiltak
/// T1"), a kind and an id given apart (`unused`), or a workforce row by its unit and role
/// ("hjemmetjenesten (sykepleier)"), which the finding's own words already name, never its
/// figures.
fn entities(finding: &Finding, lang: Language) -> Vec<String> {
    fn walk(msg: &crate::diag::Msg, lang: Language, out: &mut Vec<String>) {
        if msg.id() == "entity" {
            out.push(msg.text(lang));
            return;
        }
        let arg = |name: &str| msg.args().iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        if let (Some(Arg::Msg(kind)), Some(Arg::Str(id))) = (arg("kind"), arg("id")) {
            out.push(format!("{} {id}", kind.text(lang)));
        }
        if let Some(Arg::Str(row)) = arg("row") {
            out.push(row.clone());
        }
        for nested in msg.nested() {
            walk(nested, lang, out);
        }
    }
    let mut out = Vec::new();
    walk(&finding.message, lang, &mut out);
    out.dedup();
    out
}

/// The remarks of one severity: plain findings as they are, the others as their rule's sentence,
/// one remark per rule with the entities of all its findings.
fn of_severity(
    findings: &[Finding],
    severity: Severity,
    lang: Language,
    catalogue: &serde_json::Value,
) -> Vec<Remark> {
    let rules = &catalogue["remarks"]["rules"];
    let concerns = catalogue["remarks"]["concerns"]
        .as_str()
        .unwrap_or("{list}");
    // (code, text, entities); a rule's sentence collects the entities of its findings.
    let mut out: Vec<(&'static str, String, Option<Vec<String>>)> = Vec::new();
    for f in findings.iter().filter(|f| f.severity == severity) {
        let text = f.message.text(lang);
        let code = f.code.name();
        if plain(&text) {
            let text = sentence(&text);
            if !out.iter().any(|(_, t, _)| *t == text) {
                out.push((code, text, None));
            }
            continue;
        }
        let rule = rules[code].as_str().unwrap_or_default().to_owned();
        let found = entities(f, lang);
        match out
            .iter_mut()
            .find(|(c, _, list)| *c == code && list.is_some())
        {
            Some((_, _, Some(list))) => {
                for e in found {
                    if !list.contains(&e) {
                        list.push(e);
                    }
                }
            }
            _ => out.push((code, rule, Some(found))),
        }
    }
    out.into_iter()
        .map(|(code, text, list)| Remark {
            code,
            text: match list {
                Some(list) if !list.is_empty() => {
                    format!("{text} {}", concerns.replace("{list}", &list.join(", ")))
                }
                _ => text,
            },
        })
        .collect()
}

/// The remarks of `findings` in `lang`; `None` when the plan asks for none
/// (`[render] show_findings = false`).
pub(super) fn remarks(
    findings: &[Finding],
    show: bool,
    lang: Language,
    catalogue: &serde_json::Value,
) -> Option<Remarks> {
    show.then(|| Remarks {
        warnings: of_severity(findings, Severity::Warning, lang, catalogue),
        notes: of_severity(findings, Severity::Note, lang, catalogue),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::msg;
    use crate::text::{Book, catalogue};

    fn finding(code: Code, severity: Severity, message: crate::diag::Msg) -> Finding {
        let mut f = Finding::new(code, None, message);
        f.severity = severity;
        f
    }

    fn entity(kind: &str, id: &str) -> crate::diag::Msg {
        msg!("entity", kind = msg!("kind", kind = kind), id = id)
    }

    #[test]
    fn every_rule_has_a_plain_sentence_in_every_language() {
        for lang in Language::ALL {
            let rules = &catalogue(Book::Document, lang).tree()["remarks"]["rules"];
            for code in Code::ALL {
                let text = rules[code.name()].as_str().unwrap_or_default();
                assert!(
                    !text.is_empty() && plain(text) && text.ends_with('.'),
                    "{}: remarks.rules.{} is {text:?}",
                    lang.code(),
                    code.name()
                );
            }
        }
    }

    #[test]
    fn plain_findings_keep_their_words_as_a_sentence() {
        let t = catalogue(Book::Document, Language::Nb).tree();
        let f = finding(
            Code::MeasureWithoutCost,
            Severity::Warning,
            msg!("measure-without-cost", measure = entity("measure", "T1")),
        );
        let r = remarks(&[f], true, Language::Nb, t).unwrap();
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].text, "Tiltak T1 har ingen kostnader.");
        assert_eq!(r.warnings[0].code, "measure-without-cost");
        assert!(r.notes.is_empty());
    }

    #[test]
    fn findings_that_name_fields_give_the_rules_sentence_with_their_entities() {
        let t = catalogue(Book::Document, Language::Nn).tree();
        let goal = |id| {
            finding(
                Code::GoalWithoutNeed,
                Severity::Warning,
                // A text with a code span stands for any finding not fit for a council reader.
                msg!("goal-without-need-help", id = id),
            )
        };
        let mut findings = vec![goal("G1"), goal("G2")];
        findings[0].message = findings[0]
            .message
            .clone()
            .arg("goal", entity("goal", "G1"));
        findings[1].message = findings[1]
            .message
            .clone()
            .arg("goal", entity("goal", "G2"));
        let r = remarks(&findings, true, Language::Nn, t).unwrap();
        let rule = t["remarks"]["rules"]["goal-without-need"].as_str().unwrap();
        assert_eq!(r.warnings.len(), 1, "one remark per rule: {:?}", r.warnings);
        assert_eq!(r.warnings[0].text, format!("{rule} Gjeld mål G1, mål G2."));
        assert!(!r.warnings[0].text.contains('`'));
    }

    #[test]
    fn notes_are_apart_and_show_findings_false_gives_none() {
        let t = catalogue(Book::Document, Language::En).tree();
        let f = finding(
            Code::StrategyBalance,
            Severity::Note,
            msg!("measure-without-cost", measure = entity("measure", "T9")),
        );
        let r = remarks(std::slice::from_ref(&f), true, Language::En, t).unwrap();
        assert!(r.warnings.is_empty());
        assert_eq!(r.notes.len(), 1);
        assert!(remarks(&[f], false, Language::En, t).is_none());
    }

    #[test]
    fn a_sentence_starts_with_a_capital_and_ends_with_a_stop() {
        assert_eq!(
            sentence("ingen tiltak viser til behov B1"),
            "Ingen tiltak viser til behov B1."
        );
        assert_eq!(sentence("ålreit (1. mai)"), "Ålreit (1. mai).");
        assert_eq!(sentence("Ferdig."), "Ferdig.");
        assert!(!plain("legg til `costs`"));
        assert!(!plain("fra kplan init"));
        assert!(!plain("filen 6-tiltak.yaml"));
        assert!(plain("tiltak T1 har ingen kostnader"));
    }
}
