//! Validation: the rules of `checks.md` run over the loaded plan and push findings.
//!
//! Each rule is one function named after its code (`goal_without_need` ↔ `goal-without-need`),
//! grouped by theme under [`rules`]. Rules never stop at the first problem.

pub mod rules;
mod severity;

pub use severity::apply_severities;

use crate::diag::Finding;
use crate::model::{Date, Plan};
use crate::plan::{Checked, Index};
use crate::source::Sources;

/// The date that counts as "today" for time-based rules (`--today`, `KPLAN_TODAY` or the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub Date);

/// What a rule sees: the plan, its index, the files and today's date; and where it reports.
pub struct RuleContext<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// Ids and derived links, computed once per plan ([`Checked`]).
    pub index: &'a Index<'a>,
    /// The files (for rules that read text).
    pub sources: &'a Sources,
    /// Today.
    pub today: Date,
    /// For each workforce row, whether the document withholds it ([`crate::plan::privacy`]), computed
    /// once: messages about a withheld row state no figure of it.
    pub withheld: &'a [bool],
    findings: Vec<Finding>,
}

impl RuleContext<'_> {
    /// Records a finding.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }
}

/// Runs every rule over the checked plan and returns the findings (default severities, unsorted).
pub fn validate(checked: &Checked<'_>, sources: &Sources, today: Today) -> Vec<Finding> {
    let mut cx = RuleContext {
        plan: checked.plan,
        index: &checked.index,
        sources,
        today: today.0,
        withheld: &checked.withheld,
        findings: Vec::new(),
    };
    rules::run_all(&mut cx);
    cx.findings
}
