//! Validation: the rules of `docs/rules.md` run over the loaded plan and push findings.
//!
//! Each rule is one folder under [`rules`] named after its code (`goal_without_need/` ↔
//! `goal-without-need`), with a `check` function that reads a [`RuleContext`] and pushes into a
//! [`Sink`]. Rules never stop at the first problem.

pub mod rules;
mod severity;

pub use severity::{apply_checks, apply_severities, codes_set};

use crate::diag::{Code, Finding};
use crate::model::{Date, Plan};
use crate::plan::{Checked, Index};
use crate::source::Sources;

/// The date that counts as "today" for time-based rules (`--today`, `KPLAN_TODAY` or the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub Date);

/// What a rule reads: the plan, its index, the files, today's date and the withheld rows. Rules
/// get it shared (`&RuleContext`) and report into a [`Sink`].
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
}

/// Where rules report: the findings in the order they were pushed (default severities, unsorted).
#[derive(Debug, Default)]
pub struct Sink {
    findings: Vec<Finding>,
    /// The code of the rule running now: a rule pushes only findings of its own code.
    rule: Option<Code>,
}

impl Sink {
    /// Records a finding.
    pub fn push(&mut self, finding: Finding) {
        debug_assert!(
            self.rule.is_none_or(|code| code == finding.code),
            "the rule {:?} pushed a finding of {}",
            self.rule,
            finding.code
        );
        self.findings.push(finding);
    }

    /// The findings, in the order they were pushed.
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }
}

/// Runs every rule over the checked plan and returns the findings (default severities, unsorted).
pub fn validate(checked: &Checked<'_>, sources: &Sources, today: Today) -> Vec<Finding> {
    let cx = RuleContext {
        plan: checked.plan,
        index: &checked.index,
        sources,
        today: today.0,
        withheld: &checked.withheld,
    };
    let mut sink = Sink::default();
    rules::run_all(&cx, &mut sink);
    sink.into_findings()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "pushed a finding of parse")]
    fn a_rule_pushes_only_findings_of_its_own_code() {
        let mut sink = Sink {
            findings: Vec::new(),
            rule: Some(Code::Unused),
        };
        sink.push(Finding::new(Code::Parse, None, crate::msg!("list-or")));
    }
}
