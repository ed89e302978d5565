//! Every rule has a fixture plan that triggers it (`tests/rules/<code>/fail`) and a passing
//! counterpart (`tests/rules/<code>/pass`). The findings of each failing fixture are snapshotted
//! as JSON (`tests/snapshots/rules`), and a few as human text.

use std::path::{Path, PathBuf};

use kplan::check::{Outcome, check};
use kplan::diag::Code;
use kplan::model::Date;
use kplan::report::{self, Format, HumanOptions};
use kplan::validate::Today;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

fn today() -> Today {
    Today(Date::parse("2026-11-27").unwrap())
}

fn run(dir: &Path) -> Outcome {
    check(dir, today()).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

fn render(outcome: &Outcome, format: Format) -> String {
    let cx = report::Context {
        sources: &outcome.sources,
        path_prefix: "",
    };
    report::render(format, &outcome.findings, &cx, &HumanOptions::default())
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/rules");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn base_fixture_is_clean() {
    let outcome = run(&fixtures().join("_base"));
    assert_eq!(
        outcome.findings,
        vec![],
        "the base plan must have no findings"
    );
}

#[test]
fn every_rule_has_fixtures() {
    for code in Code::ALL {
        let dir = fixtures().join(code.name());
        assert!(dir.join("fail").is_dir(), "missing tests/rules/{code}/fail");
        assert!(dir.join("pass").is_dir(), "missing tests/rules/{code}/pass");
    }
}

#[test]
fn failing_fixtures_trigger_their_rule() {
    let settings = settings();
    for code in Code::ALL {
        let dir = fixtures().join(code.name()).join("fail");
        if !dir.is_dir() {
            continue; // every_rule_has_fixtures reports it
        }
        let outcome = run(&dir);
        assert!(
            outcome.findings.iter().any(|f| f.code == *code),
            "tests/rules/{code}/fail does not trigger {code}: {:#?}",
            outcome.findings
        );
        settings.bind(|| insta::assert_snapshot!(code.name(), render(&outcome, Format::Json)));
    }
}

#[test]
fn passing_fixtures_are_clean() {
    for code in Code::ALL {
        let dir = fixtures().join(code.name()).join("pass");
        if !dir.is_dir() {
            continue;
        }
        let outcome = run(&dir);
        assert!(
            outcome.findings.is_empty(),
            "tests/rules/{code}/pass has findings: {:#?}",
            outcome.findings
        );
    }
}

#[test]
fn human_output_of_selected_rules() {
    let settings = settings();
    for code in [
        Code::Schema,
        Code::DuplicateId,
        Code::UnknownReference,
        Code::WrongReferenceKind,
        Code::PersonalData,
        Code::GoalWithoutMeasure,
    ] {
        let outcome = run(&fixtures().join(code.name()).join("fail"));
        let name = format!("{}.human", code.name());
        settings.bind(|| insta::assert_snapshot!(name, render(&outcome, Format::Human)));
    }
}
