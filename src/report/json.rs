//! `--format json`: one versioned document, with line, column and byte for every range.

use serde::Serialize;

use super::{ReportContext, positions};
use crate::diag::{Counts, Finding, Label};
use crate::source::Position;

/// Bumped when a field changes meaning or disappears; new fields may appear without a bump.
const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    /// The language of `message`, `help` and the labels (`nb`, `nn`, `en`).
    language: &'static str,
    valid: bool,
    error_count: usize,
    warning_count: usize,
    /// Always given (0 when there are none), so that `jq .note_count` never reads null.
    note_count: usize,
    diagnostics: Vec<Diagnostic<'a>>,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    code: &'static str,
    severity: &'static str,
    message: String,
    help: String,
    file: Option<&'a str>,
    range: Option<Range>,
    label: Option<String>,
    related: Vec<Related<'a>>,
}

#[derive(Serialize)]
struct Range {
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Related<'a> {
    file: &'a str,
    range: Option<Range>,
    message: Option<String>,
}

pub(super) fn format(findings: &[Finding], cx: &ReportContext<'_>) -> String {
    let counts = Counts::of(findings);
    let range =
        |label: &Label| positions(cx.sources, label).map(|(start, end)| Range { start, end });
    let doc = Document {
        format_version: FORMAT_VERSION,
        language: cx.lang.code(),
        valid: counts.errors == 0,
        error_count: counts.errors,
        warning_count: counts.warnings,
        note_count: counts.notes,
        diagnostics: findings
            .iter()
            .map(|f| Diagnostic {
                code: f.code.name(),
                severity: f.severity.name(),
                message: f.message.text(cx.lang),
                help: f.help.as_ref().map(|h| h.text(cx.lang)).unwrap_or_default(),
                file: f
                    .primary
                    .as_ref()
                    .map(|l| cx.sources.get(l.file).path.as_str()),
                range: f.primary.as_ref().and_then(range),
                label: f
                    .primary
                    .as_ref()
                    .and_then(|l| l.message.as_ref())
                    .map(|m| m.text(cx.lang)),
                related: f
                    .related
                    .iter()
                    .map(|l| Related {
                        file: &cx.sources.get(l.file).path,
                        range: range(l),
                        message: l.message.as_ref().map(|m| m.text(cx.lang)),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).expect("findings serialize");
    out.push('\n');
    out
}
