//! `--format gitlab`: a GitLab Code Quality report, so that findings appear in the merge request
//! widget (`artifacts: reports: codequality:`).
//!
//! The report is the subset of the Code Climate issue format that GitLab reads
//! (<https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format>): an array of
//! issues with `description`, `check_name`, `fingerprint`, `severity`, `location.path` and
//! `location.lines`. docs/gitlab.md is the contract; `tests/data/gitlab-code-quality.schema.json`
//! checks it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ReportContext, positions};
use crate::diag::{Finding, Severity};

/// Where a finding about the plan as a whole (no file) is shown: GitLab needs a path, and the
/// manifest is the file that stands for the plan.
const PLAN_FILE: &str = "kplan.toml";

/// One Code Quality issue.
#[derive(Serialize)]
struct Issue {
    /// The message and the help, on one line (`message — help: …`).
    description: String,
    /// The rule's code (`unknown-reference`).
    check_name: &'static str,
    /// Stable across runs and unrelated edits, unique in the report.
    fingerprint: String,
    severity: GitlabSeverity,
    location: Location,
}

/// GitLab's severities (`info`, `minor`, `major`, `critical`, `blocker`); kplan uses three.
#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
enum GitlabSeverity {
    Info,
    Minor,
    Major,
}

impl From<Severity> for GitlabSeverity {
    /// As linters map theirs (ESLint's and markdownlint's GitLab formatters): an error, which
    /// fails the pipeline and stops `kplan render`, is `major`; a warning, which fails nothing
    /// without `--deny-warnings`, is `minor`; a note, for the reader's attention, is `info`.
    /// `critical` and `blocker` are left for what is worse than a plan that does not check (a
    /// security scanner's findings in the same widget).
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => GitlabSeverity::Major,
            Severity::Warning => GitlabSeverity::Minor,
            Severity::Note => GitlabSeverity::Info,
        }
    }
}

/// `location`: a file relative to the repository root and its lines.
#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

/// `lines`: 1-based, both inclusive.
#[derive(Serialize)]
struct Lines {
    begin: u32,
    end: u32,
}

/// A path as GitLab wants it: relative to the repository root (the working directory, as for
/// `--format github` and `sarif`), `/` between folders, never `./` in front.
fn repository_path(prefix: &str, path: &str) -> String {
    let path = format!("{prefix}{path}");
    let path = if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path
    };
    path.trim_start_matches("./").to_owned()
}

/// Fingerprints unique in the report: the first finding with a key keeps it (the same as
/// SARIF's `partialFingerprints`); a later one with the same code, file and message gets the
/// key hashed with its number among them, since GitLab shows only one issue per fingerprint.
fn unique_fingerprints(keys: Vec<String>) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    keys.into_iter()
        .map(|key| {
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            if *n == 1 {
                key
            } else {
                super::fnv1a(&[&key, &n.to_string()])
            }
        })
        .collect()
}

pub(super) fn format(findings: &[Finding], cx: &ReportContext<'_>) -> String {
    let fingerprints = unique_fingerprints(
        findings
            .iter()
            .map(|f| super::fingerprint(f, cx.sources))
            .collect(),
    );
    let issues: Vec<Issue> = findings
        .iter()
        .zip(fingerprints)
        .map(|(f, fingerprint)| {
            let (path, lines) = match &f.primary {
                Some(label) => {
                    let (begin, end) = positions(cx.sources, label)
                        .map_or((1, 1), |(start, end)| {
                            (start.line, end.line.max(start.line))
                        });
                    (&*cx.sources.get(label.file).path, Lines { begin, end })
                }
                None => (PLAN_FILE, Lines { begin: 1, end: 1 }),
            };
            Issue {
                description: super::with_help(f, cx.lang).replace('\n', " — "),
                check_name: f.code.name(),
                fingerprint,
                severity: f.severity.into(),
                location: Location {
                    path: repository_path(cx.path_prefix, path),
                    lines,
                },
            }
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&issues).expect("issues serialize");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_with_slashes() {
        assert_eq!(repository_path("", "goals.yaml"), "goals.yaml");
        assert_eq!(
            repository_path("plan/min plan, æøå/", "5-analyse.yaml"),
            "plan/min plan, æøå/5-analyse.yaml"
        );
        assert_eq!(repository_path("./", "kplan.toml"), "kplan.toml");
    }

    #[test]
    fn repeated_keys_get_distinct_fingerprints_and_the_first_keeps_its_own() {
        let keys = vec![
            "a".to_owned(),
            "b".to_owned(),
            "a".to_owned(),
            "a".to_owned(),
        ];
        let out = unique_fingerprints(keys);
        assert_eq!(out[0], "a");
        assert_eq!(out[1], "b");
        assert_ne!(out[2], "a");
        assert_ne!(out[3], out[2]);
        assert_eq!(
            out,
            unique_fingerprints(vec!["a".into(), "b".into(), "a".into(), "a".into()])
        );
    }
}
