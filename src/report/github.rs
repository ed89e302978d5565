//! `--format github`: GitHub Actions workflow commands, one per finding, escaped.

use std::fmt::Write;

use super::human::escape_controls;
use super::{ReportContext, positions};
use crate::diag::{Finding, Severity};

/// Escapes a message (data) of a workflow command; other control characters than line breaks are
/// written as `\u{1b}`, so the log shows them rather than a terminal acting on them.
fn escape_data(s: &str) -> String {
    escape_controls(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn format(findings: &[Finding], cx: &ReportContext<'_>) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut props = Vec::new();
        if let Some(label) = &f.primary {
            let path = format!("{}{}", cx.path_prefix, cx.sources.get(label.file).path);
            props.push(format!("file={}", escape_property(&path)));
            if let Some((start, end)) = positions(cx.sources, label) {
                props.push(format!("line={}", start.line));
                props.push(format!("col={}", start.column));
                props.push(format!("endLine={}", end.line));
                props.push(format!("endColumn={}", end.column));
            }
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("kplan({})", f.code))
        ));
        let message = super::with_help(f, cx.lang);
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            props.join(","),
            escape_data(&message)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_requires() {
        assert_eq!(escape_data("50% a\r\nb"), "50%25 a\\u{d}%0Ab");
        assert_eq!(
            escape_data("a\u{1b}[2J\u{7}\u{202e}"),
            "a\\u{1b}[2J\\u{7}\\u{202e}"
        );
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
