//! `kplan check` as a library call: discover, load and validate a plan.
//!
//! In two steps when a later stage needs the derived plan too: [`read()`] reads the files, the
//! caller builds the [`Checked`] plan once, and [`run_rules()`] adds the rules' findings. [`check()`]
//! does both for callers that need only the findings.

use std::path::{Path, PathBuf};

use crate::diag::{self, Code, Finding, Severity};
use crate::discover::ReadError;
use crate::load;
use crate::model::Plan;
use crate::plan::Checked;
use crate::source::Sources;
use crate::validate::{self, Today};

/// The outcome of checking a plan.
#[derive(Debug)]
pub struct Outcome {
    /// The plan root, when one was found.
    pub root: Option<PathBuf>,
    /// The files read (paths relative to the plan root).
    pub sources: Sources,
    /// The plan model (empty when no root was found).
    pub plan: Plan,
    /// Every finding, sorted, with severities after `[checks]` overrides. After [`read()`] alone:
    /// the findings of reading the files.
    pub findings: Vec<Finding>,
}

impl Outcome {
    /// Whether the run fails: any error, or any warning when warnings are denied. Notes never
    /// fail a run.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.findings.iter().any(|f| match f.severity {
            Severity::Error => true,
            Severity::Warning => deny_warnings,
            Severity::Note => false,
        })
    }
}

/// Checks the plan at or above `start`.
pub fn check(start: &Path, today: Today) -> Result<Outcome, ReadError> {
    let mut outcome = read(start)?;
    if outcome.root.is_some() {
        let checked = Checked::new(&outcome.plan);
        run_rules(&checked, &outcome.sources, today, &mut outcome.findings);
    }
    Ok(outcome)
}

/// Finds and loads the plan at or above `start`; the findings are those of reading its files.
/// Without a plan root the outcome has one `manifest` finding and an empty plan.
pub fn read(start: &Path) -> Result<Outcome, ReadError> {
    let Some(root) = crate::discover::find_root(start)? else {
        let finding = Finding::new(
            Code::Manifest,
            None,
            crate::msg!("manifest-missing", folder = start.display().to_string()),
        )
        .help(crate::msg!("manifest-missing-help"));
        return Ok(Outcome {
            root: None,
            sources: Sources::default(),
            plan: Plan::default(),
            findings: vec![finding],
        });
    };
    let loaded = load::load(&root)?;
    Ok(Outcome {
        root: Some(root),
        sources: loaded.sources,
        plan: loaded.plan,
        findings: loaded.findings,
    })
}

/// Runs the rules over a checked plan, adds their findings to `findings` (the loader's), applies
/// the `[checks]` severities and sorts them. A file that does not parse keeps its one `parse`
/// error and nothing else: the rules that read files' text (`example-text`, `personal-data`)
/// report nothing in it, since what they would find there is noise until it parses.
pub fn run_rules(
    checked: &Checked<'_>,
    sources: &Sources,
    today: Today,
    findings: &mut Vec<Finding>,
) {
    let unparsed: Vec<crate::source::FileId> = findings
        .iter()
        .filter(|f| f.code == Code::Parse && f.severity == Severity::Error)
        .filter_map(|f| f.primary.as_ref().map(|l| l.file))
        .collect();
    let in_unparsed = |f: &Finding| {
        f.primary
            .as_ref()
            .is_some_and(|l| unparsed.contains(&l.file))
    };
    findings.extend(
        validate::validate(checked, sources, today)
            .into_iter()
            .filter(|f| !in_unparsed(f)),
    );
    validate::apply_severities(checked.plan, findings);
    diag::sort(findings);
}
