//! The rule fixtures, one test per case: each `tests/rules/<code>/<case>/` is the base plan
//! (`tests/rules/_base`) with a small overlay, and its `case.toml` says which codes its findings
//! must have (`tests/rules/README.md`). The findings of every triggering case are snapshotted as
//! JSON (`tests/snapshots/rules/<code>.<case>.snap`), a few as human text too.
//!
//! `cargo test --test rules value-out-of-range` runs that rule's cases; a failure names its case.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::cases::{self, Case};
use kplan::check::{Outcome, check};
use kplan::diag::Code;
use kplan::model::Date;
use kplan::report::{self, Format, HumanOptions};
use kplan::validate::Today;
use libtest_mimic::{Arguments, Failed, Trial};

fn today() -> Today {
    Today(Date::parse("2026-11-27").unwrap())
}

fn run(dir: &Path) -> Result<Outcome, Failed> {
    check(dir, today()).map_err(|e| format!("{}: {e}", dir.display()).into())
}

fn render(outcome: &Outcome, format: Format) -> String {
    let cx = report::ReportContext {
        sources: &outcome.sources,
        path_prefix: "",
        lang: outcome.plan.language(),
        plans: &[],
    };
    report::format(format, &outcome.findings, &cx, &HumanOptions::default())
}

/// The snapshot of a case's findings in `format`, without the `.snap` extension.
fn snapshot_name(case: &Case, format: Format) -> String {
    match format {
        Format::Human => format!("{}.{}.human", case.rule, case.name),
        _ => format!("{}.{}", case.rule, case.name),
    }
}

fn snapshots() -> std::path::PathBuf {
    common::root().join("tests/snapshots/rules")
}

fn base_is_clean() -> Result<(), Failed> {
    let outcome = run(&cases::base())?;
    if outcome.findings.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the base plan must have no findings: {:#?}",
            outcome.findings
        )
        .into())
    }
}

/// Every rule has a case that triggers it and a clean one, and every rule folder is named after
/// a rule.
fn every_rule_has_a_triggering_and_a_clean_case(cases: &[Case]) -> Result<(), Failed> {
    let mut missing = Vec::new();
    // The codes of the planverk need several plans: tests/planverk.rs triggers and passes each.
    let planverk = [
        Code::Workspace,
        Code::ContributesToNonAncestor,
        Code::ParentGoalNotServed,
        Code::PeriodOutsideParent,
        Code::CrossPlanReference,
    ];
    for code in Code::ALL.iter().copied().filter(|c| !planverk.contains(c)) {
        let of_rule = || cases.iter().filter(|c| c.rule == code.name());
        if !of_rule().any(|c| c.expect.iter().any(|e| e == code.name())) {
            missing.push(format!(
                "tests/rules/{code}/ has no case that expects {code}"
            ));
        }
        if !of_rule().any(|c| c.expect.is_empty()) {
            missing.push(format!(
                "tests/rules/{code}/ has no clean case (expect = [])"
            ));
        }
    }
    let codes: BTreeSet<&str> = Code::ALL.iter().map(|c| c.name()).collect();
    for case in cases {
        if !codes.contains(case.rule.as_str()) {
            missing.push(format!("tests/rules/{}/ is named after no rule", case.rule));
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing.join("\n").into())
    }
}

/// No snapshot in `tests/snapshots/rules` is left over from a case that was renamed or removed.
fn every_snapshot_has_a_case(cases: &[Case]) -> Result<(), Failed> {
    let mut wanted = BTreeSet::new();
    for case in cases.iter().filter(|c| !c.expect.is_empty()) {
        wanted.insert(format!("{}.snap", snapshot_name(case, Format::Json)));
        if case.human {
            wanted.insert(format!("{}.snap", snapshot_name(case, Format::Human)));
        }
    }
    let stale: Vec<String> = std::fs::read_dir(snapshots())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".snap") && !wanted.contains(name))
        .collect();
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!("snapshots of no case (remove them): {stale:?}").into())
    }
}

fn run_case(case: &Case) -> Result<(), Failed> {
    let id = case.id();
    if case.about.trim().is_empty() || case.about.contains('\n') {
        return Err(format!("{id}: `about` must be one line").into());
    }
    let plan = case.materialise();
    let outcome = run(plan.path())?;
    let found: BTreeSet<&str> = outcome.findings.iter().map(|f| f.code.name()).collect();
    let expected: BTreeSet<&str> = case.expect.iter().map(String::as_str).collect();
    if found != expected {
        return Err(format!(
            "{id} ({}): expected findings {expected:?}, found {found:?}:\n{}",
            case.about,
            render(&outcome, Format::Human)
        )
        .into());
    }
    if case.expect.is_empty() {
        return Ok(());
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/rules");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(format!("{id}: {}", case.about));
    settings.bind(|| {
        insta::assert_snapshot!(
            snapshot_name(case, Format::Json),
            render(&outcome, Format::Json)
        );
        if case.human {
            insta::assert_snapshot!(
                snapshot_name(case, Format::Human),
                render(&outcome, Format::Human)
            );
        }
    });
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let cases = std::sync::Arc::new(cases::cases());
    let mut trials = vec![Trial::test("base-is-clean", base_is_clean)];
    let all = cases.clone();
    trials.push(Trial::test(
        "every-rule-has-a-triggering-and-a-clean-case",
        move || every_rule_has_a_triggering_and_a_clean_case(&all),
    ));
    let all = cases.clone();
    trials.push(Trial::test("every-snapshot-has-a-case", move || {
        every_snapshot_has_a_case(&all)
    }));
    for i in 0..cases.len() {
        let cases = cases.clone();
        trials.push(Trial::test(cases[i].id(), move || run_case(&cases[i])));
    }
    libtest_mimic::run(&args, trials).exit();
}
