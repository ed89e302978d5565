//! `kplan check` as a library call: discover, load and validate a plan.

use std::path::{Path, PathBuf};

use crate::diag::{self, Code, Finding, Severity};
use crate::error::Result;
use crate::load;
use crate::model::Plan;
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
    /// Every finding, sorted, with severities after `[checks]` overrides.
    pub findings: Vec<Finding>,
}

impl Outcome {
    /// Whether the run fails: any error, or any warning when warnings are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.findings
            .iter()
            .any(|f| f.severity == Severity::Error || deny_warnings)
    }
}

/// Checks the plan at or above `start`.
pub fn check(start: &Path, today: Today) -> Result<Outcome> {
    let Some(root) = crate::discover::find_root(start)? else {
        let finding = Finding::new(
            Code::Manifest,
            None,
            format!(
                "no kplan.toml in {} or any folder above it",
                start.display()
            ),
        )
        .help("run kplan inside a plan folder, or create one with `kplan init`");
        return Ok(Outcome {
            root: None,
            sources: Sources::default(),
            plan: Plan::default(),
            findings: vec![finding],
        });
    };
    let loaded = load::load(&root)?;
    let mut findings = loaded.findings;
    findings.extend(validate::validate(&loaded.plan, &loaded.sources, today));
    validate::apply_severities(&loaded.plan, &mut findings);
    diag::sort(&mut findings);
    Ok(Outcome {
        root: Some(root),
        sources: loaded.sources,
        plan: loaded.plan,
        findings,
    })
}
