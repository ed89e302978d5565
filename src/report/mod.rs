//! Reports: one list of findings, rendered in the format the user asked for. Reporters return
//! text; only the command line prints it.

mod github;
mod human;
pub mod job_summary;
mod json;
mod sarif;

use crate::diag::{Counts, Finding, Label};
use crate::source::{Position, Sources};
use crate::text::Language;

pub use human::HumanOptions;

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
}

/// What a reporter needs besides the findings.
pub struct ReportContext<'a> {
    /// The files, for paths and positions.
    pub sources: &'a Sources,
    /// Prefix for paths in formats read by other tools (GitHub, SARIF): the plan root relative to
    /// the working directory, with a trailing `/`, or empty.
    pub path_prefix: &'a str,
    /// The language of the messages.
    pub lang: Language,
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
        Format::Human => human::format(findings, cx, human),
        Format::Json => json::format(findings, cx),
        Format::Github => github::format(findings, cx),
        Format::Sarif => sarif::format(findings, cx),
    }
}

/// What to print on standard output in `format` when kplan could not check the plan (exit
/// status 2), besides the error on standard error: a SARIF log whose invocation failed, so that
/// an upload step gets a valid file and shows why. The other formats print nothing.
pub fn failure(format: Format, message: String) -> Option<String> {
    match format {
        Format::Sarif => Some(sarif::failure(message)),
        Format::Human | Format::Json | Format::Github => None,
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
