//! `[checks]` in `kplan.toml`: per-rule severity overrides, themselves validated.

use crate::diag::{Code, Finding, Severity, did_you_mean};
use crate::model::Plan;

/// What `[checks]` may set a rule to.
const LEVELS: &[&str] = &["error", "warning", "note", "off"];

/// Validates `[checks]`, then applies it: changes severities and drops rules set to "off".
/// `personal-data` stays an error whatever `[checks]` says.
pub fn apply_severities(plan: &Plan, findings: &mut Vec<Finding>) {
    let Some(checks) = plan.manifest.as_ref().and_then(|m| m.checks.as_ref()) else {
        return;
    };
    let mut overrides = Vec::new();
    let mut problems = Vec::new();
    for (key, value) in &checks.value.0 {
        let Some(code) = Code::from_name(&key.value) else {
            let names = Code::ALL.iter().map(|c| c.name());
            let help = match did_you_mean(&key.value, names) {
                Some(s) => {
                    format!("did you mean `{s}`? `kplan explain` lists every rule")
                }
                None => "`kplan explain` lists every rule".to_owned(),
            };
            problems.push(
                Finding::at(
                    Code::Schema,
                    key.span,
                    format!("[checks] names an unknown rule `{}`", key.value),
                )
                .label("unknown rule")
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
                        format!(
                            "{code} cannot be turned off or lowered: an identity number must never reach a public document"
                        ),
                    )
                    .label("always an error")
                    .help(format!("remove `{code}` from [checks]; remove the number from the plan instead")),
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
                        format!("[checks] sets `{code}` to `{other}`, which is not a severity"),
                    )
                    .label("not a severity")
                    .help(format!("allowed: {}", LEVELS.join(", "))),
                );
                continue;
            }
        };
        overrides.push((code, level));
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
    findings.extend(problems);
}
