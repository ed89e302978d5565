//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards.

use serde_json::{Value, json};

use super::{Context, positions};
use crate::diag::{Code, Finding, Label, Severity};

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn location(cx: &Context<'_>, label: &Label) -> Value {
    let uri = format!("{}{}", cx.path_prefix, cx.sources.get(label.file).path);
    let mut physical = json!({ "artifactLocation": { "uri": uri } });
    if let Some((start, end)) = positions(cx.sources, label) {
        physical["region"] = json!({
            "startLine": start.line,
            "startColumn": start.column,
            "endLine": end.line,
            "endColumn": end.column,
            "byteOffset": start.byte,
            "byteLength": end.byte - start.byte,
        });
    }
    let mut location = json!({ "physicalLocation": physical });
    if let Some(message) = &label.message {
        location["message"] = json!({ "text": message });
    }
    location
}

pub(super) fn render(findings: &[Finding], cx: &Context<'_>) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.name(),
                "shortDescription": { "text": code.summary() },
                "fullDescription": { "text": code.summary() },
                "help": { "markdown": code.documentation(), "text": code.summary() },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut text = f.message.clone();
            if !f.help.is_empty() {
                text.push_str("\nhelp: ");
                text.push_str(&f.help);
            }
            json!({
                "ruleId": f.code.name(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == f.code),
                "level": level(f.severity),
                "message": { "text": text },
                "locations": f.primary.iter().map(|l| location(cx, l)).collect::<Vec<_>>(),
                "relatedLocations": f.related.iter().enumerate().map(|(i, l)| {
                    let mut loc = location(cx, l);
                    loc["id"] = json!(i);
                    loc
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kplan",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("SARIF serializes");
    out.push('\n');
    out
}
