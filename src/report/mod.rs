//! Reports: one list of findings, rendered in the format the user asked for. Reporters return
//! text; only the command line prints it.

mod github;
mod gitlab;
mod human;
pub mod job_summary;
mod json;
mod sarif;

use crate::diag::{Counts, Finding, Label, Msg};
use crate::source::{Position, Sources};
use crate::text::Language;

pub use crate::diag::PlanGroup;
pub use human::HumanOptions;
pub use json::{ErrorKind, schema as json_schema};

/// The output formats of `kplan check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// miette-style text with source snippets.
    Human,
    /// One versioned JSON document.
    Json,
    /// GitHub Actions workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
    /// GitLab Code Quality (an array of issues for the merge request widget).
    Gitlab,
}

/// What a reporter needs besides the findings.
pub struct ReportContext<'a> {
    /// The files, for paths and positions.
    pub sources: &'a Sources,
    /// Prefix for paths in formats read by other tools (GitHub, SARIF, GitLab): the plan root relative to
    /// the working directory, with a trailing `/`, or empty.
    pub path_prefix: &'a str,
    /// The language of the messages.
    pub lang: Language,
    /// The plans of a run that checks several (a planverk, or `kplan check DIR1 DIR2`), in the
    /// order their findings come; empty for one plan.
    pub plans: &'a [PlanGroup],
}

/// The message and, on a line of its own, the help (`help: …` in the language's word), for the
/// formats that give a finding as one text.
fn with_help(finding: &Finding, lang: Language) -> String {
    let mut text = finding.message.text(lang);
    if let Some(help) = &finding.help {
        text.push('\n');
        text.push_str(&crate::msg!("report-help", help = help.clone()).text(lang));
    }
    text
}

/// The findings as text in `format`.
pub fn format(
    format: Format,
    findings: &[Finding],
    cx: &ReportContext<'_>,
    human: &HumanOptions,
) -> String {
    match format {
        Format::Human if !cx.plans.is_empty() => human_plans(findings, cx, human),
        Format::Human => human::format(findings, cx, human, cx.sources.len()),
        Format::Json => json::format(findings, cx),
        Format::Github => github::format(findings, cx),
        Format::Sarif => sarif::format(findings, cx),
        Format::Gitlab => gitlab::format(findings, cx),
    }
}

/// Human output of several plans: per plan a heading, its findings and its summary line; then
/// the total.
fn human_plans(findings: &[Finding], cx: &ReportContext<'_>, options: &HumanOptions) -> String {
    let mut out = String::new();
    // Findings without a plan (the workspace's own) come first.
    let of = |plan: Option<&str>| -> Vec<Finding> {
        findings
            .iter()
            .filter(|f| f.plan.as_deref() == plan)
            .cloned()
            .collect()
    };
    let own = of(None);
    if !own.is_empty() {
        out.push_str(&human::format(
            &own,
            cx,
            &HumanOptions {
                quiet: true,
                ..*options
            },
            0,
        ));
    }
    for plan in cx.plans {
        let mine = of(Some(&plan.id));
        if !options.quiet
            || mine
                .iter()
                .any(|f| f.severity == crate::diag::Severity::Error)
        {
            out.push_str(
                &crate::msg!(
                    "report-plan-heading",
                    id = plan.id.as_str(),
                    dir = if plan.dir.is_empty() {
                        "./".to_owned()
                    } else {
                        plan.dir.clone()
                    },
                    title = plan.title.as_str()
                )
                .text(cx.lang),
            );
            out.push_str("\n\n");
        }
        out.push_str(&human::format(&mine, cx, options, plan.files));
        if !options.quiet {
            out.push('\n');
        }
    }
    if !options.quiet {
        let files = cx.plans.iter().map(|p| p.files).sum::<usize>();
        out.push_str(
            &crate::msg!(
                "report-plans-total",
                plans = cx.plans.len(),
                summary = summary(findings, files, cx.lang)
            )
            .text(cx.lang),
        );
        out.push('\n');
    }
    out
}

/// What to print on standard output in `format` when kplan could not check the plan (exit
/// status 2), besides the error on standard error: for JSON a document with `valid: false` and
/// the `error` (docs/json.md), for SARIF a log whose invocation failed, so that an upload step
/// gets a valid file and shows why. The other formats print nothing.
pub fn failure(format: Format, kind: ErrorKind, message: &Msg, lang: Language) -> Option<String> {
    match format {
        Format::Json => Some(json::failure(kind, message, lang)),
        Format::Sarif => Some(sarif::failure(message.text(lang))),
        Format::Human | Format::Github | Format::Gitlab => None,
    }
}

/// "2 errors, 1 warning in 8 files"; notes are named only when there are some ("0 errors, 0
/// warnings, 1 note in 8 files").
pub fn summary(findings: &[Finding], files: usize, lang: Language) -> String {
    let counts = Counts::of(findings);
    crate::msg!(
        "report-summary",
        errors = counts.errors,
        warnings = counts.warnings,
        notes = counts.notes,
        files = files
    )
    .text(lang)
}

/// Start and end positions of a label, if it has a range.
fn positions(sources: &Sources, label: &Label) -> Option<(Position, Position)> {
    let (start, end) = label.range?;
    let file = sources.get(label.file);
    Some((file.position(start), file.position(end)))
}

/// 64-bit FNV-1a of the parts, each ended by a 0 byte, in hex: stable across runs, machines and
/// kplan versions.
fn fnv1a(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in part.as_bytes().iter().chain(&[0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// A finding's fingerprint for dashboards (SARIF's `partialFingerprints`, GitLab's
/// `fingerprint`): a hash of its code, its file (relative to the plan root) and its message in
/// English whatever `--lang` is, so that it is known again when lines above it are added or
/// removed, or the report's language changes.
fn fingerprint(finding: &Finding, sources: &Sources) -> String {
    let file = finding
        .primary
        .as_ref()
        .map(|l| sources.get(l.file).path.as_str())
        .unwrap_or_default();
    fnv1a(&[
        finding.code.name(),
        file,
        &finding.message.text(Language::En),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_stable_and_separates_parts() {
        assert_eq!(fnv1a(&["a", "b"]), fnv1a(&["a", "b"]));
        assert_ne!(fnv1a(&["ab", ""]), fnv1a(&["a", "b"]));
        assert_eq!(fnv1a(&[]), "cbf29ce484222325");
    }
}
