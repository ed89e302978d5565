//! `[checks]` in `kplan.toml`: per-rule severity overrides, themselves validated.

use crate::diag::{Code, Finding, Severity, did_you_mean};
use crate::load::allowed_help;
use crate::model::{Entries, Plan, Spanned};
use crate::msg;

/// What `[checks]` may set a rule to.
const LEVELS: &[&str] = &["error", "warning", "note", "off"];

/// Validates `[checks]`, then applies it: changes severities and drops rules set to "off".
/// `personal-data` stays an error whatever `[checks]` says.
pub fn apply_severities(plan: &Plan, findings: &mut Vec<Finding>) {
    if let Some(checks) = plan.manifest.as_ref().and_then(|m| m.checks.as_ref()) {
        let problems = apply_checks(checks, findings, &[]);
        findings.extend(problems);
    }
}

/// The codes a `[checks]` table sets.
pub fn codes_set(checks: &Spanned<Entries<String, String>>) -> Vec<Code> {
    checks
        .value
        .0
        .iter()
        .filter_map(|(key, _)| Code::from_name(&key.value))
        .collect()
}

/// Validates a `[checks]` table and applies it to `findings`, except to the codes in `except`
/// (those a plan's own `[checks]` sets, when `checks` is the planverk's defaults). Returns the
/// `schema` findings of the table itself.
#[must_use]
pub fn apply_checks(
    checks: &Spanned<Entries<String, String>>,
    findings: &mut Vec<Finding>,
    except: &[Code],
) -> Vec<Finding> {
    let mut overrides = Vec::new();
    let mut problems = Vec::new();
    for (key, value) in &checks.value.0 {
        let Some(code) = Code::from_name(&key.value) else {
            let names = Code::ALL.iter().map(|c| c.name());
            let help = match did_you_mean(&key.value, names) {
                Some(s) => msg!("schema-checks-unknown-rule-did-you-mean", suggestion = s),
                None => msg!("schema-checks-unknown-rule-help"),
            };
            problems.push(
                Finding::at(
                    Code::Schema,
                    key.span,
                    msg!("schema-checks-unknown-rule", rule = key.value.as_str()),
                )
                .label(msg!("schema-checks-unknown-rule-label"))
                .help(help),
            );
            continue;
        };
        let level = match value.value.as_str() {
            "warning" | "note" | "off" if code == Code::PersonalData => {
                // The README promises that a plan passing the checks holds no identity numbers.
                problems.push(
                    Finding::at(
                        Code::Schema,
                        value.span,
                        msg!("schema-checks-always-error", code = code.name()),
                    )
                    .label(msg!("schema-checks-always-error-label"))
                    .help(msg!("schema-checks-always-error-help", code = code.name())),
                );
                continue;
            }
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "note" => Some(Severity::Note),
            "off" => None,
            other => {
                problems.push(
                    Finding::at(
                        Code::Schema,
                        value.span,
                        msg!(
                            "schema-checks-not-a-severity",
                            code = code.name(),
                            value = other
                        ),
                    )
                    .label(msg!("schema-checks-not-a-severity-label"))
                    .help(allowed_help(other, LEVELS)),
                );
                continue;
            }
        };
        if !except.contains(&code) {
            overrides.push((code, level));
        }
    }
    findings.retain_mut(
        |f| match overrides.iter().rev().find(|(code, _)| *code == f.code) {
            Some((_, Some(level))) => {
                f.severity = *level;
                true
            }
            Some((_, None)) => false,
            None => true,
        },
    );
    problems
}
