//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards.
//!
//! The types below are the subset of the SARIF 2.1.0 object model that kplan emits, named and
//! spelled as the OASIS standard names them (`sarifLog`, `run`, `toolComponent`,
//! `reportingDescriptor`, …). Fields serialize in declaration order, so the order here is the
//! order in the output. `tests/sarif.rs` validates real output against the official schema.

use std::collections::BTreeMap;

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
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    /// `runAutomationDetails`: the run's category, `kplan/` and the plan's folder, so that code
    /// scanning keeps the results of several plans of one repository apart.
    automation_details: AutomationDetails,
    /// One `invocation`: whether kplan could check the plan at all, and why not.
    invocations: [Invocation; 1],
    results: Vec<SarifResult>,
    /// How `startColumn` and `endColumn` count: kplan counts Unicode scalar values (an emoji or
    /// an `å` is one column), not UTF-16 code units, SARIF's default.
    column_kind: &'static str,
}

/// `runAutomationDetails`.
#[derive(Serialize)]
struct AutomationDetails {
    id: String,
}

/// `invocation`: `executionSuccessful` is false when kplan could not check the plan (exit status
/// 2); the reason is then its one `toolExecutionNotification`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

/// `notification`: why the run failed.
#[derive(Serialize)]
struct Notification {
    level: Level,
    message: Message<String>,
}

/// `tool`: the analysis tool that produced the run.
#[derive(Serialize)]
struct Tool {
    driver: ToolComponent,
}

/// `toolComponent`: kplan itself, with the rules it can report.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ToolComponent {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor>,
}

/// `reportingDescriptor`: one rule (a [`Code`]).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    /// The rule's name as SARIF wants one: the code in UpperCamelCase (`UnknownReference`).
    /// Left out when it would only repeat the id (`parse`, `schema`): SARIF asks a tool to
    /// omit a name that equals the id.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    short_description: Message<String>,
    full_description: Message<String>,
    /// The rule's section of docs/rules.md for this version of kplan.
    help_uri: String,
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
    /// `kplan/v1`: a hash of the rule, the file and the message, so that a dashboard knows a
    /// finding again when lines above it were added or removed.
    partial_fingerprints: BTreeMap<&'static str, String>,
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

/// `artifactLocation`: a file, relative to the working directory, as a URI reference: `/`
/// between folders and every other character but the unreserved ones percent-encoded (a space,
/// a comma, `æøå`, `#`). The base is [`SRCROOT`]; the log never says where that folder is on the
/// machine (an absolute path can hold a person's user name).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    uri_base_id: &'static str,
}

/// The `uriBaseId` of every path: the folder kplan was run in (in CI, the repository root), as
/// GitHub code scanning and the SARIF tools name the root of the sources.
const SRCROOT: &str = "%SRCROOT%";

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
    let uri = uri_reference(&format!(
        "{}{}",
        cx.path_prefix,
        cx.sources.get(label.file).path
    ));
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
            artifact_location: ArtifactLocation {
                uri,
                uri_base_id: SRCROOT,
            },
            region,
        },
        message: label.message.as_ref().map(|m| Message {
            text: m.text(cx.lang),
        }),
        id,
    }
}

/// A relative path as a URI reference (RFC 3986): the path's separators become `/` (on Windows
/// `\` too), the unreserved characters stay, every other byte of its UTF-8 is percent-encoded.
fn uri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'/' => out.push('/'),
            b'\\' if cfg!(windows) => out.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte));
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `unknown-reference` → `UnknownReference`.
fn camel_case(code: &str) -> String {
    code.split('-').map(crate::text::capitalized).collect()
}

fn rule(code: Code, lang: Language) -> ReportingDescriptor {
    let name = camel_case(code.name());
    ReportingDescriptor {
        id: code.name(),
        name: (!name.eq_ignore_ascii_case(code.name())).then_some(name),
        short_description: Message {
            text: code.summary_in(lang),
        },
        full_description: Message {
            text: code.summary_in(lang),
        },
        help_uri: crate::diag::rule_url(code.name()),
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
    let key = super::fingerprint(finding, cx.sources);
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
        partial_fingerprints: BTreeMap::from([("kplan/v1", key)]),
    }
}

pub(super) fn format(findings: &[Finding], cx: &ReportContext<'_>) -> String {
    log(
        Invocation {
            execution_successful: true,
            tool_execution_notifications: Vec::new(),
        },
        Code::ALL.iter().map(|&c| rule(c, cx.lang)).collect(),
        findings.iter().map(|f| result(cx, f)).collect(),
        format!("kplan/{}", cx.path_prefix),
    )
}

/// The log of a run that could not check the plan (exit status 2): no rules, no results, and
/// `message` as the invocation's error notification.
pub(super) fn failure(message: String) -> String {
    log(
        Invocation {
            execution_successful: false,
            tool_execution_notifications: vec![Notification {
                level: Level::Error,
                message: Message { text: message },
            }],
        },
        Vec::new(),
        Vec::new(),
        "kplan/".to_owned(),
    )
}

fn log(
    invocation: Invocation,
    rules: Vec<ReportingDescriptor>,
    results: Vec<SarifResult>,
    category: String,
) -> String {
    let log = SarifLog {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: ToolComponent {
                    name: "kplan",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: crate::diag::REPOSITORY,
                    rules,
                },
            },
            automation_details: AutomationDetails { id: category },
            invocations: [invocation],
            results,
            column_kind: "unicodeCodePoints",
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("plan/5-analyse.yaml"), "plan/5-analyse.yaml");
        assert_eq!(
            uri_reference("min plan, æøå/#1 100%.yaml"),
            "min%20plan%2C%20%C3%A6%C3%B8%C3%A5/%231%20100%25.yaml"
        );
        assert_eq!(uri_reference("../a~b_c.toml"), "../a~b_c.toml");
    }

    #[test]
    fn rule_names() {
        assert_eq!(camel_case("unknown-reference"), "UnknownReference");
        assert_eq!(camel_case("parse"), "Parse");
    }
}
