//! Numbers at the edges: amounts and counts beyond kplan's bounds are `value-out-of-range`
//! findings, sums never overflow (no panic, no wrapped number), and plans with very many age
//! bands or workforce rows are handled in linear time.

mod common;

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use kplan::model::{Date, Entries, Spanned};
use kplan::text::Language;
use kplan::validate::Today;

fn today() -> Today {
    Today(Date::parse("2026-11-27").unwrap())
}

/// The base plan with `from` replaced by `to` in the one section file that holds it (and
/// `[checks]` lines added to the manifest).
fn plan_with(from: &str, to: &str, checks: &str) -> tempfile::TempDir {
    let dir = common::base_plan();
    let holding: Vec<_> = common::base_files()
        .into_iter()
        .map(|name| dir.path().join(name))
        .filter(|path| std::fs::read_to_string(path).unwrap().contains(from))
        .collect();
    assert_eq!(
        holding.len(),
        1,
        "{from:?} is not in one base file: {holding:?}"
    );
    let text = std::fs::read_to_string(&holding[0]).unwrap();
    std::fs::write(&holding[0], text.replace(from, to)).unwrap();
    if !checks.is_empty() {
        let manifest = dir.path().join("kplan.toml");
        let text = std::fs::read_to_string(&manifest).unwrap();
        std::fs::write(&manifest, format!("{text}\n[checks]\n{checks}\n")).unwrap();
    }
    dir
}

fn kplan(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::cargo_bin("kplan")
        .unwrap()
        .args(args)
        .arg(dir)
        .env_remove("GITHUB_ACTIONS")
        .env("KPLAN_TODAY", "2026-11-27")
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "kplan panicked: {stderr}");
    (
        out.status.code().expect("kplan was killed (timeout?)"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

/// The `value-out-of-range` findings of `dir`: (message, text at the span).
fn out_of_range(dir: &Path) -> Vec<(String, String)> {
    let (status, stdout, stderr) = kplan(&["check", "--format", "json"], dir);
    assert_eq!(status, 1, "{stdout}{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "value-out-of-range")
        .map(|d| {
            let text = std::fs::read_to_string(dir.join(d["file"].as_str().unwrap())).unwrap();
            let start = d["range"]["start"]["byte"].as_u64().unwrap() as usize;
            let end = d["range"]["end"]["byte"].as_u64().unwrap() as usize;
            (
                d["message"].as_str().unwrap().to_owned(),
                text[start..end].to_owned(),
            )
        })
        .collect()
}

const BANDS: &str = "age: { \"under 30\": 5, \"30 og over\": 15 }";
const COST: &str = "      - { year: 2025, amount: 150000, funding: ktt, status: granted }\n";

#[test]
fn an_age_band_beyond_i64_does_not_overflow_the_sum() {
    // The two bands add up to more than i64 holds: the old sum panicked (debug) or wrapped.
    let dir = plan_with(
        BANDS,
        "age: { \"under 30\": 9223372036854775807, \"30 og over\": 15 }",
        "",
    );
    let found = out_of_range(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .0
            .contains("mer enn grensen i kplan på 1\u{a0}000\u{a0}000 personer")
    );
    assert_eq!(found[0].1, "9223372036854775807");
}

#[test]
fn age_bands_adding_up_to_more_than_a_million() {
    let dir = plan_with(
        BANDS,
        "age: { \"under 30\": 600000, \"30 og over\": 600000 }",
        "",
    );
    let found = out_of_range(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .0
            .starts_with("aldersgruppene for hjemmetjenesten (assistent) blir til sammen mer enn 1\u{a0}000\u{a0}000 personer"),
        "{found:?}"
    );
    assert_eq!(found[0].1, "600000");
}

#[test]
fn counts_beyond_a_million_persons() {
    let dir = plan_with("    employees: 20\n", "    employees: 2000000\n", "");
    let found = out_of_range(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "2000000");
    let dir = plan_with(
        "departures: { 2025: 2 }",
        "departures: { 2025: 1000001 }",
        "",
    );
    let found = out_of_range(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "1000001");
}

#[test]
fn an_amount_beyond_a_thousand_billion_kroner() {
    let dir = plan_with("amount: 150000,", "amount: 1000000000001,", "");
    let found = out_of_range(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.contains(
            "mer enn grensen i kplan på 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}kroner"
        ),
        "{found:?}"
    );
    assert_eq!(found[0].1, "1000000000001");
}

/// Two costs of one funding source in two years that add up to more than i64 holds.
fn huge_costs(checks: &str) -> tempfile::TempDir {
    let costs = "      - { year: 2025, amount: 5000000000000000000, funding: ktt, status: granted }\n      - { year: 2026, amount: 5000000000000000000, funding: ktt, status: granted }\n";
    plan_with(COST, costs, checks)
}

#[test]
fn huge_costs_are_out_of_range() {
    let found = out_of_range(huge_costs("").path());
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn render_saturates_sums_when_the_range_rule_is_off() {
    // With the rule turned off the plan renders: its totals must neither panic nor wrap.
    let dir = huge_costs("value-out-of-range = \"off\"");
    let out = tempfile::tempdir().unwrap();
    let (status, stdout, stderr) = kplan(
        &["render", "-q", "-o", out.path().to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(status, 0, "{stdout}{stderr}");
    let md = std::fs::read_to_string(out.path().join("plan.md")).unwrap();
    assert!(!md.contains("-8"), "a wrapped (negative) total: {md}");
}

#[test]
fn diff_saturates_sums_when_the_range_rule_is_off() {
    let old = common::base_plan();
    let new = huge_costs("value-out-of-range = \"off\"");
    let out = Command::cargo_bin("kplan")
        .unwrap()
        .args(["diff", "--format", "json"])
        .arg(old.path())
        .arg(new.path())
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "kplan panicked: {stderr}");
    assert!(out.status.code().is_some_and(|c| c < 2), "{stderr}");
}

/// Runs `f` on another thread and fails if it has not finished within a minute: a bound on a
/// hang, far above what the linear code needs (a second or two in a debug build).
fn within_a_minute(f: impl FnOnce() + Send + 'static) {
    let (done, wait) = mpsc::channel();
    std::thread::spawn(move || {
        f();
        done.send(()).unwrap();
    });
    wait.recv_timeout(Duration::from_secs(60))
        .expect("did not finish within a minute: quadratic again?");
}

#[test]
fn two_hundred_thousand_age_bands_render_in_linear_time() {
    let dir = common::base_plan();
    let outcome = kplan::check::check(dir.path(), today()).unwrap();
    let mut plan = outcome.plan;
    let row = &mut plan.workforce[0].value;
    let span = row.age.as_ref().unwrap().span;
    let n = 200_000;
    let bands = (0..n)
        .map(|i| (Spanned::new(format!("b{i}"), span), Spanned::new(1, span)))
        .collect();
    row.age = Some(Spanned::new(Entries(bands), span));
    row.employees.value = n;
    let sources = outcome.sources;
    within_a_minute(move || {
        let checked = kplan::plan::Checked::new(&plan);
        let findings = kplan::validate::validate(&checked, &sources, today());
        let context = kplan::render::document_data(&checked, &findings, Language::Nb, today());
        drop(context);
    });
}

#[test]
fn a_hundred_thousand_workforce_rows_render_in_linear_time() {
    let dir = common::base_plan();
    let outcome = kplan::check::check(dir.path(), today()).unwrap();
    let mut plan = outcome.plan;
    let mut row = plan.workforce[0].clone();
    row.value.age = None;
    row.value.departures = None;
    plan.workforce = (0..100_000)
        .map(|i| {
            let mut row = row.clone();
            row.value.unit.value = format!("unit-{i}");
            row
        })
        .collect();
    within_a_minute(move || {
        let context = kplan::render::document_data(
            &kplan::plan::Checked::new(&plan),
            &[],
            Language::Nb,
            today(),
        );
        drop(context);
    });
}

#[test]
fn a_hundred_thousand_funding_sources_and_costs_render_in_linear_time() {
    let dir = common::base_plan();
    let outcome = kplan::check::check(dir.path(), today()).unwrap();
    let mut plan = outcome.plan;
    let n = 100_000;
    let source = plan.funding[0].clone();
    plan.funding = (0..n)
        .map(|i| {
            let mut source = source.clone();
            source.value.id.value = format!("f{i}");
            source
        })
        .collect();
    let costs = plan.measures[0].value.costs.as_mut().unwrap();
    let cost = costs.value[0].clone();
    costs.value = (0..n)
        .map(|i| {
            let mut cost = cost.clone();
            cost.value.funding.value = format!("f{i}");
            cost
        })
        .collect();
    within_a_minute(move || {
        let context = kplan::render::document_data(
            &kplan::plan::Checked::new(&plan),
            &[],
            Language::Nb,
            today(),
        );
        drop(context);
    });
}
