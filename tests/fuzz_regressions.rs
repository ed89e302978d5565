//! Inputs that the fuzz test (`tests/fuzz`) found to break kplan, each run through the same
//! in-memory pipeline: load → check → every report format → render → diff. See docs/fuzzing.md.

#[path = "fuzz/pipeline.rs"]
mod pipeline;

use std::time::Duration;

use kplan::model::Plan;
use pipeline::MemoryPlan;

fn plan(files: &[(&str, &str)]) -> MemoryPlan {
    MemoryPlan {
        files: files
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect(),
    }
}

/// Runs the whole pipeline on a plan of these files (diffed against an empty plan); whether the
/// document was rendered.
fn run(files: &[(&str, &str)]) -> bool {
    pipeline::exercise(&Plan::default(), &plan(files))
}

/// Runs the pipeline on `new` diffed against `old` in a thread, failing if it takes longer than a
/// generous bound (minutes, not the milliseconds it needs: a hang, not a benchmark).
fn run_against_within(old: &[(&str, &str)], new: &[(&str, &str)], bound: Duration) {
    let old = pipeline::load(&plan(old)).plan;
    let new = plan(new);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        pipeline::exercise(&old, &new);
        let _ = tx.send(());
    });
    match rx.recv_timeout(bound) {
        Ok(()) => {}
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("no result after {bound:?}"),
        Err(e) => panic!("the pipeline panicked: {e}"),
    }
}

fn manifest(title: &str) -> String {
    format!(
        "[plan]\ntitle = \"{title}\"\nmunicipality = \"M\"\nscope = \"S\"\nperiod = {{ start = 2025, end = 2028 }}\nstatus = \"draft\"\n"
    )
}

/// Two long texts with nothing in common took the word diff quadratic time: 10 000 characters
/// took seconds, 100 000 would take hours (`kplan diff`, `render --since`). Found by the fuzz
/// test as a case slower than 10 s.
#[test]
fn diff_of_long_unrelated_texts_is_not_quadratic() {
    let old = manifest(&"a ".repeat(50_000));
    let new = manifest(&"b ".repeat(50_000));
    run_against_within(
        &[("kplan.toml", &old)],
        &[("kplan.toml", &new)],
        Duration::from_secs(120),
    );
}

/// A finding past column 65 535 (a long line before the problem) made the human report panic in
/// miette ("Formatting argument out of range").
#[test]
fn finding_past_column_65535() {
    let manifest = format!(
        "plan = {{ title = \"{}\", municipality = \"M\", scope = \"S\", period = {{ start = 2025, end = 2028 }}, status = 0 }}\n",
        "x".repeat(70_000)
    );
    run(&[("kplan.toml", &manifest)]);
}

/// The base fixture plan (`tests/rules/_base`) with one text replaced in the first of its section
/// files that holds it.
fn base_with(from: &str, to: &str) -> MemoryPlan {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules/_base");
    let mut plan = MemoryPlan::read(&dir);
    let (name, text) = plan
        .files
        .iter()
        .map(|(name, bytes)| (name.clone(), String::from_utf8(bytes.clone()).unwrap()))
        .find(|(_, text)| text.contains(from))
        .unwrap_or_else(|| panic!("the base plan has no {from:?}"));
    plan.files
        .insert(name, text.replacen(from, to, 1).into_bytes());
    plan
}

/// Age bands that add up to more than `i64::MAX` overflowed the sum.
#[test]
fn age_bands_past_i64_max() {
    let plan = base_with(r#""under 30": 5"#, r#""under 30": 9223372036854775807"#);
    pipeline::exercise(&Plan::default(), &plan);
}

/// The base fixture's `kplan.toml` with one text replaced.
fn base_manifest_with(from: &str, to: &str) -> MemoryPlan {
    let mut plan = base_with("", "");
    let text = String::from_utf8(plan.files["kplan.toml"].clone()).unwrap();
    assert!(text.contains(from), "the base manifest has no {from:?}");
    plan.files
        .insert("kplan.toml".into(), text.replacen(from, to, 1).into_bytes());
    plan
}

/// A plan period starting at `i64::MIN` overflowed the length of the period in the analysis
/// (reached by `kplan diff` whatever the findings).
#[test]
fn period_from_i64_min() {
    let plan = base_manifest_with("start = 2025", "start = -9223372036854775808");
    pipeline::exercise(&Plan::default(), &plan);
}

/// The same period with `value-out-of-range` turned off passes the checks and reaches the
/// document, whose timeline measured the period the same way.
#[test]
fn period_from_i64_min_rendered() {
    let mut plan = base_manifest_with("start = 2025", "start = -9223372036854775808");
    let manifest = plan.files.get_mut("kplan.toml").unwrap();
    manifest.extend_from_slice(b"\n[checks]\nvalue-out-of-range = \"off\"\n");
    assert!(pipeline::exercise(&Plan::default(), &plan), "rendered");
}

/// Two costs of one funding source that add up past `i64::MAX` (and, in `funding_total_*`, an
/// unknown funding source, an error, so that the document is not rendered).
fn costs_past_i64_max(extra: &str) -> MemoryPlan {
    base_with(
        "      - { year: 2025, amount: 150000, funding: ktt, status: granted }",
        &format!(
            "      - {{ year: 2025, amount: 9223372036854775807, funding: ktt, status: granted }}\n      \
             - {{ year: 2026, amount: 9223372036854775807, funding: ktt, status: granted }}{extra}"
        ),
    )
}

/// The total of a funding source overflowed in the comparison (`kplan diff`, whatever the
/// findings).
#[test]
fn funding_total_past_i64_max() {
    let plan =
        costs_past_i64_max("\n      - { year: 2027, amount: 1, funding: nosuch, status: granted }");
    assert!(!pipeline::exercise(&Plan::default(), &plan));
}

/// The same costs in a plan without errors overflow the budget total in the document context.
#[test]
fn funding_total_past_i64_max_rendered() {
    pipeline::exercise(&Plan::default(), &costs_past_i64_max(""));
}

/// A cost of `i64::MIN` against the base plan's 150 000 overflowed the change of the total (and
/// of each year and source) in the diff reports.
#[test]
fn cost_change_past_i64_min() {
    let old = pipeline::load(&base_with("", "")).plan;
    let new = base_with("amount: 150000", "amount: -9223372036854775808");
    pipeline::exercise(&old, &new);
}
