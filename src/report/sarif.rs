//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards.
//!
//! The types below are the subset of the SARIF 2.1.0 object model that kplan emits, named and
//! spelled as the OASIS standard names them (`sarifLog`, `run`, `toolComponent`,
//! `reportingDescriptor`, …). Fields serialize in declaration order, so the order here is the
//! order in the output. `tests/sarif.rs` validates real output against the official schema.

use serde::Serialize;

use super::{ReportContext, positions};
use crate::diag::{Code, Finding, Label, Severity};
use crate::text::Language;

/// Where the schema of the format is published; SARIF viewers read it from `$schema`.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The top-level `sarifLog` object.
#[derive(Serialize)]
struct SarifLog {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

/// One `run`: one invocation of kplan.
#[derive(Serialize)]
struct Run {
    tool: Tool,
    results: Vec<SarifResult>,
}

/// `tool`: the analysis tool that produced the run.
#[derive(Serialize)]
struct Tool {
    driver: ToolComponent,
}

/// `toolComponent`: kplan itself, with the rules it can report.
#[derive(Serialize)]
struct ToolComponent {
    name: &'static str,
    version: &'static str,
    rules: Vec<ReportingDescriptor>,
}

/// `reportingDescriptor`: one rule (a [`Code`]).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    short_description: Message<String>,
    full_description: Message<String>,
    help: MultiformatMessageString,
    default_configuration: ReportingConfiguration,
}

/// `multiformatMessageString` with both forms: the rule's documentation and its summary.
#[derive(Serialize)]
struct MultiformatMessageString {
    markdown: &'static str,
    text: String,
}

/// `reportingConfiguration`: a rule's default level.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingConfiguration {
    level: Level,
}

/// `message` (and a `multiformatMessageString` with only its plain text).
#[derive(Serialize)]
struct Message<T> {
    text: T,
}

/// A `level` value. SARIF also has `none`, which kplan does not use.
#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
enum Level {
    Error,
    Warning,
    Note,
}

impl From<Severity> for Level {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            Severity::Note => Level::Note,
        }
    }
}

/// `result`: one finding.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: Level,
    message: Message<String>,
    locations: Vec<Location>,
    related_locations: Vec<Location>,
}

/// `location`: a place in a plan file, with an optional label. `id` is set on related locations
/// only, and comes last.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
}

/// `physicalLocation`: a file and, when the finding has one, a region in it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

/// `artifactLocation`: a file, relative to the working directory.
#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

/// `region`: 1-based lines and columns (in Unicode scalar values) and a byte range.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
    byte_offset: u32,
    byte_length: u32,
}

fn location(cx: &ReportContext<'_>, label: &Label, id: Option<usize>) -> Location {
    let uri = format!("{}{}", cx.path_prefix, cx.sources.get(label.file).path);
    let region = positions(cx.sources, label).map(|(start, end)| Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
        byte_offset: start.byte,
        byte_length: end.byte - start.byte,
    });
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri },
            region,
        },
        message: label.message.as_ref().map(|m| Message {
            text: m.text(cx.lang),
        }),
        id,
    }
}

fn rule(code: Code, lang: Language) -> ReportingDescriptor {
    ReportingDescriptor {
        id: code.name(),
        short_description: Message {
            text: code.summary_in(lang),
        },
        full_description: Message {
            text: code.summary_in(lang),
        },
        help: MultiformatMessageString {
            markdown: code.documentation_in(lang),
            text: code.summary_in(lang),
        },
        default_configuration: ReportingConfiguration {
            level: code.default_severity().into(),
        },
    }
}

fn result(cx: &ReportContext<'_>, finding: &Finding) -> SarifResult {
    let text = super::with_help(finding, cx.lang);
    SarifResult {
        rule_id: finding.code.name(),
        rule_index: Code::ALL
            .iter()
            .position(|c| *c == finding.code)
            .expect("every code is in Code::ALL"),
        level: finding.severity.into(),
        message: Message { text },
        locations: finding
            .primary
            .iter()
            .map(|l| location(cx, l, None))
            .collect(),
        related_locations: finding
            .related
            .iter()
            .enumerate()
            .map(|(i, l)| location(cx, l, Some(i)))
            .collect(),
    }
}

pub(super) fn format(findings: &[Finding], cx: &ReportContext<'_>) -> String {
    let log = SarifLog {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: ToolComponent {
                    name: "kplan",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: Code::ALL.iter().map(|&c| rule(c, cx.lang)).collect(),
                },
            },
            results: findings.iter().map(|f| result(cx, f)).collect(),
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    out.push('\n');
    out
}
