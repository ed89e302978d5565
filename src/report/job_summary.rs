//! The job summary of `--format github`: Markdown that the command line appends to the file
//! named by `GITHUB_STEP_SUMMARY`, so that a run's findings are readable on its summary page even
//! where GitHub shows only ten annotations of each kind per step.

use std::fmt::Write;

use super::human::escape_controls;
use super::{ReportContext, positions};
use crate::diag::{Finding, Severity};

/// At most this many findings are listed; the rest are counted.
pub const MAX_ROWS: usize = 30;

/// The summary of one plan's check: a heading with `plan` (its title, or its folder), the count
/// per severity and whether it passed (`fails`: the run's exit status is 1), and the first
/// [`MAX_ROWS`] findings, errors first, each with its place and a link to its rule.
pub fn format(findings: &[Finding], cx: &ReportContext<'_>, plan: &str, fails: bool) -> String {
    let lang = cx.lang;
    let text = |key: &'static str| crate::diag::Msg::new(key).text(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### {} {}\n",
        if fails { "❌" } else { "✅" },
        markdown(&crate::msg!("summary-title", plan = plan.to_owned()).text(lang))
    );
    let _ = writeln!(
        out,
        "**{}.** {}",
        super::summary(findings, cx.sources.len(), lang),
        text(if fails {
            "summary-failed"
        } else {
            "summary-passed"
        })
    );
    if findings.is_empty() {
        return out;
    }
    let severity = |s: Severity| {
        crate::text::capitalized(&crate::msg!("severity", severity = s.name()).text(lang))
    };
    let mut shown: Vec<&Finding> = findings.iter().collect();
    // Errors first, then warnings, then notes (Severity's order); within each the report's order.
    shown.sort_by_key(|f| f.severity);
    shown.truncate(MAX_ROWS);
    let _ = writeln!(
        out,
        "\n{}\n",
        crate::msg!(
            "summary-findings",
            shown = shown.len(),
            total = findings.len(),
            all = if shown.len() == findings.len() {
                "true"
            } else {
                "false"
            }
        )
        .text(lang)
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        text("summary-severity"),
        text("summary-place"),
        text("summary-rule"),
        text("summary-message")
    );
    for f in &shown {
        let place = f.primary.as_ref().map_or_else(String::new, |label| {
            let path = format!("{}{}", cx.path_prefix, cx.sources.get(label.file).path);
            match positions(cx.sources, label) {
                Some((start, _)) => format!("{path}:{}:{}", start.line, start.column),
                None => path,
            }
        });
        let _ = writeln!(
            out,
            "| {} | {} | [`{}`]({}) | {} |",
            severity(f.severity),
            if place.is_empty() {
                String::new()
            } else {
                format!("`{}`", code_span(&place))
            },
            f.code,
            crate::diag::rule_url(f.code.name()),
            markdown(&f.message.text(lang))
        );
    }
    if findings.len() > shown.len() {
        let _ = writeln!(
            out,
            "\n{}",
            crate::msg!("summary-more", more = findings.len() - shown.len()).text(lang)
        );
    }
    out
}

/// The summary of a run that could not check `plan` at all (exit status 2): why.
pub fn failure(plan: &str, message: &str, lang: crate::text::Language) -> String {
    format!(
        "### ❌ {}\n\n{}\n",
        markdown(&crate::msg!("summary-title", plan = plan.to_owned()).text(lang)),
        markdown(&crate::msg!("summary-not-checked", message = message.to_owned()).text(lang))
    )
}

/// Text from a plan (a message quotes ids and values) as inline Markdown that stays text: on one
/// line, with Markdown's and HTML's special characters escaped, so a table cell cannot be broken
/// or a link, image or tag made from a plan's words.
fn markdown(text: &str) -> String {
    crate::text::escape_markdown(&escape_controls(text))
}

/// A path and position inside a code span: a backtick or a line break cannot end it early, and
/// `|` is escaped for the table (GitHub reads `\|` as `|` in a table cell, even in code).
fn code_span(text: &str) -> String {
    escape_controls(text)
        .chars()
        .map(|c| match c {
            '`' => "'".to_owned(),
            '\n' | '\r' => " ".to_owned(),
            '|' => "\\|".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_text_stays_text() {
        assert_eq!(
            markdown("a | b <script> [x](y) `c`\nd"),
            "a \\| b &lt;script&gt; \\[x\\](y) \\`c\\` d"
        );
        assert_eq!(code_span("a`b|c.yaml:1:2"), "a'b\\|c.yaml:1:2");
    }
}
