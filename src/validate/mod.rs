//! Validation: the rules of `checks.md` run over the loaded plan and push findings.
//!
//! Each rule is one function named after its code (`goal_without_need` ↔ `goal-without-need`),
//! grouped by theme under [`rules`]. Rules never stop at the first problem.

mod index;
mod refs;
pub mod rules;
mod severity;

pub use index::Index;
pub use refs::{Owner, Reference, references};
pub use severity::apply_severities;

use crate::diag::Finding;
use crate::model::{Date, Plan};
use crate::source::Sources;

/// The date that counts as "today" for time-based rules (`--today`, `KPLAN_TODAY` or the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub Date);

/// What a rule sees: the plan, its index, the files and today's date; and where it reports.
pub struct Context<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// Ids and derived links, computed once.
    pub index: Index<'a>,
    /// The files (for rules that read text).
    pub sources: &'a Sources,
    /// Today.
    pub today: Date,
    /// For each workforce row, whether the document withholds it ([`crate::privacy`]), computed
    /// once: messages about a withheld row state no figure of it.
    pub withheld: &'a [bool],
    findings: Vec<Finding>,
}

impl Context<'_> {
    /// Records a finding.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }
}

/// Runs every rule over the plan and returns the findings (default severities, unsorted).
pub fn validate(plan: &Plan, sources: &Sources, today: Today) -> Vec<Finding> {
    let threshold = plan.privacy_threshold();
    let withheld = crate::privacy::withheld_rows(plan, threshold);
    let mut cx = Context {
        plan,
        index: Index::new(plan),
        sources,
        today: today.0,
        withheld: &withheld,
        findings: Vec::new(),
    };
    rules::run_all(&mut cx);
    cx.findings
}
