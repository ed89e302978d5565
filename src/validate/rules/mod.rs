//! The rules, one folder per code: `goal_without_need/` holds the rule `goal-without-need` (its
//! `check` in `mod.rs`, its documentation in `en.md`, `nb.md` and `nn.md`). Helpers used by
//! several rules are in `shared`. The list of rules to run is generated from the code table
//! ([`crate::diag::Code`], `for_each_code!` in `src/diag/code.rs`), so a rule cannot be left out.
//!
//! # Adding a rule
//!
//! 1. Add an entry to `for_each_code!` in `src/diag/code.rs`, in the order of `docs/rules.md`
//!    (errors first, then warnings, then notes): `MyRule = "my-rule", Warning, rule(my_rule, run
//!    49), step "5",` (the KS step whose content it checks) and a one-line summary; `run` is the
//!    next free position (rules run in that order).
//! 2. Create `src/validate/rules/my_rule/` with `mod.rs` holding
//!    `pub fn check(cx: &RuleContext<'_>, sink: &mut Sink)`, which reads `cx` and pushes
//!    `Finding`s of `Code::MyRule` into `sink`; and `en.md`, `nb.md`, `nn.md` beside it, starting
//!    with the heading `` # `my-rule` (warning) `` (`(advarsel)` in bokmål, `(åtvaring)` in nynorsk).
//! 3. Add `mod my_rule;` below.
//! 4. Add a fixture that triggers it (`tests/rules/`), then run
//!    `KPLAN_BLESS=1 cargo test --test docs` to regenerate `docs/rules.md`.
//!
//! A table entry without its folder does not compile; a folder without an entry fails the tests.

mod adoption_before_consultation;
mod adoption_missing;
mod apprentices_below_recommendation;
mod co_funding_missing;
mod copied_file;
mod departures_exceed_staff;
mod duplicate_id;
mod evaluation_schedule_mismatch;
mod example_text;
mod future_fact;
mod gap_not_closed;
mod goal_without_basis;
mod goal_without_indicator;
mod goal_without_measure;
mod goal_without_need;
mod grant_not_eligible;
mod grant_outside_scheme;
mod grant_status_implausible;
mod indicator_direction;
mod indicator_incomplete;
mod indicator_not_measured;
mod invalid_id;
mod invalid_period;
mod measure_overdue;
mod measure_without_cost;
mod measure_without_need;
mod missing_step;
mod need_without_measure;
mod negative_gap;
mod no_budget_anchoring;
mod no_employee_representative;
mod not_adopted;
mod outside_period;
mod part_time_inconsistent;
mod participants_exceed_group;
mod personal_data;
mod plan_expired;
mod replacement_not_covered;
mod responsible_is_person;
mod responsible_missing;
mod review_overdue;
pub(crate) mod shared;
pub(crate) use invalid_id::is_valid_id;
mod small_group;
mod strategy_balance;
mod strategy_mismatch;
mod unknown_reference;
mod unused;
mod value_out_of_range;
mod workforce_mismatch;
mod wrong_reference_kind;

use super::{RuleContext, Sink};
use crate::diag::Code;

/// One rule: its code, its place in the run order and its check.
#[derive(Clone, Copy)]
struct Rule {
    code: Code,
    run: usize,
    check: fn(&RuleContext<'_>, &mut Sink),
}

/// A table entry as a rule to run, or `None` for a code the loader emits.
macro_rules! rule {
    ($variant:ident, loader($module:ident)) => {
        None
    };
    ($variant:ident, planverk($module:ident)) => {
        None
    };
    ($variant:ident, rule($module:ident, run $run:literal)) => {
        Some(Rule {
            code: Code::$variant,
            run: $run,
            check: $module::check,
        })
    };
}

/// Generates [`TABLE`] from the code table.
macro_rules! rule_table {
    ($($variant:ident = $name:literal, $severity:ident, $emitter:ident ($($how:tt)*), step $step:literal;)*) => {
        /// Every code of the table, in its order: the rule that emits it, or `None`.
        const TABLE: [Option<Rule>; Code::ALL.len()] = [$(rule!($variant, $emitter($($how)*))),*];
    };
}

crate::diag::for_each_code!(rule_table);

/// The rules in run order. Two rules at one position, or a gap, fail to compile.
const RUN_ORDER: [Option<Rule>; TABLE.len()] = in_run_order(TABLE);

/// Places each rule at its `run` position (1 is first); the loader's codes leave `None` at the end.
const fn in_run_order<const N: usize>(table: [Option<Rule>; N]) -> [Option<Rule>; N] {
    let mut ordered = [None; N];
    let mut i = 0;
    while i < N {
        if let Some(rule) = table[i] {
            assert!(
                rule.run >= 1 && rule.run <= N,
                "a run position is out of range"
            );
            assert!(
                ordered[rule.run - 1].is_none(),
                "two rules share a run position"
            );
            ordered[rule.run - 1] = Some(rule);
        }
        i += 1;
    }
    let mut i = 1;
    while i < N {
        assert!(
            ordered[i].is_none() || ordered[i - 1].is_some(),
            "the run positions have a gap"
        );
        i += 1;
    }
    ordered
}

/// Runs every rule, in run order.
pub fn run_all(cx: &RuleContext<'_>, sink: &mut Sink) {
    for rule in RUN_ORDER.iter().flatten() {
        sink.rule = Some(rule.code);
        (rule.check)(cx, sink);
    }
    sink.rule = None;
}
