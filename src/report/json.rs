//! `--format json`: one versioned document, with line, column and byte for every range.
//!
//! The types below are the contract of the output (docs/json.md): they serialize in declaration
//! order, and `schemas/check-output.schema.json` is generated from them ([`schema`]), with their
//! doc comments as descriptions. Every object is closed (`additionalProperties: false`) in the
//! schema of a kplan version, so that a test catches a field that slipped in; readers ignore
//! fields they do not know, since new ones may appear without a bump of `format_version`.

use schemars::JsonSchema;
use serde::Serialize;

use super::{ReportContext, positions};
use crate::diag::{Counts, Finding, Label, Msg, Severity};
use crate::source::Position;
use crate::text::Language;

/// Bumped when a field changes meaning or disappears; new fields may appear without a bump.
const FORMAT_VERSION: u32 = 1;

/// The result of `kplan check --format json`: the findings of one run, or why the run could not
/// check the plan at all (`error`, exit status 2).
#[derive(Serialize, JsonSchema)]
#[schemars(
    deny_unknown_fields,
    title = "kplan check --format json",
    extend("$comment" = "Generated from src/report/json.rs; the contract is docs/json.md.")
)]
struct Document<'a> {
    /// Version of this document's format: bumped when a field changes meaning or disappears, not
    /// when a field is added. Example: `1`.
    #[schemars(range(min = 1))]
    format_version: u32,
    /// The language of `message`, `help`, the labels and `error.message`: `nb` (bokmål), `nn`
    /// (nynorsk) or `en`. It is `--lang` (or `KPLAN_LANG`), else the plan's `language`.
    language: Language,
    /// `true` when the plan has no finding of severity `error`. Warnings and notes do not make
    /// it `false`, not even with `--deny-warnings` (which changes only the exit status). `false`
    /// when the plan could not be checked (`error` is then set).
    valid: bool,
    /// Number of diagnostics with severity `error`.
    error_count: usize,
    /// Number of diagnostics with severity `warning`.
    warning_count: usize,
    /// Number of diagnostics with severity `note`; always given (0 when there are none), so that
    /// `jq .note_count` never reads null.
    note_count: usize,
    /// The findings, in the order of every other format: those without a file first, then by
    /// file (in path order), within a file errors first, then warnings, then notes, each by
    /// position.
    diagnostics: Vec<Diagnostic<'a>>,
    /// The plans, in a run that checks several (a planverk, or several folders), with the counts
    /// of each; absent when one plan was checked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    plans: Vec<PlanEntry<'a>>,
    /// Only when kplan could not check the plan at all (exit status 2: a folder that does not
    /// exist or cannot be read, a bad `--today`): what stopped it. The counts are then 0,
    /// `diagnostics` is empty and `valid` is `false`. Absent when the plan was checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<RunError>,
}

/// One finding.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Diagnostic<'a> {
    /// The rule that found it, in kebab-case: one of the codes in docs/rules.md, which
    /// `kplan explain CODE` explains. Example: `unknown-reference`.
    #[schemars(extend("pattern" = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
    code: &'static str,
    /// How bad it is: `error` fails the check (exit status 1), `warning` fails it only with
    /// `--deny-warnings`, `note` never fails it.
    severity: SeverityName,
    /// What is wrong, in `language`; one line or more.
    message: String,
    /// How to fix it, in `language`; the empty string when the rule has no advice.
    help: String,
    /// The file, relative to the plan root (the folder with `kplan.toml`), with `/` between
    /// folders. `null` for a finding about no file at all (`manifest` when there is no
    /// `kplan.toml`), which then has no `range` either. Example: `5-analyse.yaml`.
    file: Option<&'a str>,
    /// Where in `file`; `null` when the finding concerns the whole file (or has no file).
    range: Option<Range>,
    /// The words under the marked text, in `language`, when the rule gives some.
    label: Option<String>,
    /// Other places that explain the finding ("first defined here"), perhaps in other files;
    /// often empty.
    related: Vec<Related<'a>>,
    /// The id of the plan the finding is about, in a run that checks several plans (a planverk,
    /// or several folders); absent otherwise, and for a finding about the planverk's own
    /// `kplan.toml`. Example: `helse`.
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a str>,
}

/// One plan of a run that checks several.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct PlanEntry<'a> {
    /// The plan id. Example: `helse`.
    id: &'a str,
    /// The plan's folder relative to the working directory, with `/` between folders and a
    /// trailing `/`; empty for the working directory. Example: `sektorer/helse/`.
    folder: &'a str,
    /// The plan's title.
    title: &'a str,
    /// `true` when the plan has no finding of severity `error`.
    valid: bool,
    /// Number of its diagnostics with severity `error`.
    error_count: usize,
    /// Number of its diagnostics with severity `warning`.
    warning_count: usize,
    /// Number of its diagnostics with severity `note`.
    note_count: usize,
}

/// A finding's severity.
#[derive(Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
enum SeverityName {
    /// Fails the check (exit status 1).
    Error,
    /// Fails the check only with `--deny-warnings`.
    Warning,
    /// Never fails the check.
    Note,
}

impl From<Severity> for SeverityName {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => SeverityName::Error,
            Severity::Warning => SeverityName::Warning,
            Severity::Note => SeverityName::Note,
        }
    }
}

/// A range of text: from `start` up to, not including, `end`.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Range {
    /// The first character of the range.
    start: Point,
    /// The position just after the last character of the range (end-exclusive): a one-character
    /// range on line 3 at column 5 ends at line 3, column 6.
    end: Point,
}

/// A position in a file, both as line and column and as a byte offset.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Point {
    /// Line, 1-based. A line ends at `\n` (a `\r` before it belongs to the line).
    #[schemars(range(min = 1))]
    line: u32,
    /// Column, 1-based, counted in characters (Unicode scalar values) from the start of the
    /// line: `æ`, `ø`, `å` and an emoji are one column each, not their UTF-8 bytes or UTF-16
    /// units.
    #[schemars(range(min = 1))]
    column: u32,
    /// Offset from the start of the file in bytes of its UTF-8, 0-based.
    byte: u32,
}

impl From<Position> for Point {
    fn from(p: Position) -> Self {
        Point {
            line: p.line,
            column: p.column,
            byte: p.byte,
        }
    }
}

/// Another place that belongs to a finding.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Related<'a> {
    /// The file, relative to the plan root, with `/` between folders.
    file: &'a str,
    /// Where in `file`; `null` for the whole file.
    range: Option<Range>,
    /// What this place is ("first defined here"), in `language`.
    message: Option<String>,
}

/// Why the plan could not be checked.
#[derive(Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct RunError {
    /// What kind of failure: `read` (no plan found, a folder or file that cannot be read),
    /// `usage` (a command-line value that is not acceptable, such as a bad `--today`), or
    /// `internal` (anything else).
    kind: ErrorKind,
    /// The failure in words, in `language`, as standard error says it after `error:`.
    message: String,
}

/// The kind of a failure that stopped the check (`error.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ErrorKind {
    /// The plan could not be found or read.
    Read,
    /// A command-line value is not acceptable.
    Usage,
    /// Anything else.
    Internal,
}

fn to_text(doc: &Document<'_>) -> String {
    let mut out = serde_json::to_string_pretty(doc).expect("findings serialize");
    out.push('\n');
    out
}

pub(super) fn format(findings: &[Finding], cx: &ReportContext<'_>) -> String {
    let counts = Counts::of(findings);
    let range = |label: &Label| {
        positions(cx.sources, label).map(|(start, end)| Range {
            start: start.into(),
            end: end.into(),
        })
    };
    to_text(&Document {
        format_version: FORMAT_VERSION,
        language: cx.lang,
        valid: counts.errors == 0,
        error_count: counts.errors,
        warning_count: counts.warnings,
        note_count: counts.notes,
        diagnostics: findings
            .iter()
            .map(|f| Diagnostic {
                code: f.code.name(),
                severity: f.severity.into(),
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
                plan: f.plan.as_deref(),
            })
            .collect(),
        plans: cx
            .plans
            .iter()
            .map(|p| PlanEntry {
                id: &p.id,
                folder: &p.dir,
                title: &p.title,
                valid: p.counts.errors == 0,
                error_count: p.counts.errors,
                warning_count: p.counts.warnings,
                note_count: p.counts.notes,
            })
            .collect(),
        error: None,
    })
}

/// The document of a run that could not check the plan (exit status 2): `valid: false`, no
/// diagnostics, and the failure in `error`: its kind and its words in `lang`.
pub fn failure(kind: ErrorKind, message: &Msg, lang: Language) -> String {
    to_text(&Document {
        format_version: FORMAT_VERSION,
        language: lang,
        valid: false,
        error_count: 0,
        warning_count: 0,
        note_count: 0,
        diagnostics: Vec::new(),
        plans: Vec::new(),
        error: Some(RunError {
            kind,
            message: message.text(lang),
        }),
    })
}

/// The JSON Schema (draft-07) of the document, as the serializer writes it.
pub fn schema() -> serde_json::Value {
    crate::model::schema::output_schema::<Document<'static>>()
}
