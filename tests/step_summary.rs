//! `kplan check --format github` under GitHub Actions: the job summary appended to the file
//! `GITHUB_STEP_SUMMARY` names (issue 15, item 2), since GitHub shows only ten annotations of
//! each kind per step.

mod common;

use std::path::Path;

/// Runs `kplan check` in `cwd` on `dir` with `GITHUB_STEP_SUMMARY` set to `summary`; the exit
/// status.
fn check(cwd: &Path, dir: &str, summary: &Path, format: &str, lang: &str) -> i32 {
    common::kplan()
        .current_dir(cwd)
        .env("GITHUB_STEP_SUMMARY", summary)
        .args(["check", dir, "--today", "2026-11-27", "--lang", lang])
        .args(["--format", format])
        .output()
        .unwrap()
        .status
        .code()
        .unwrap()
}

#[test]
fn the_summary_counts_links_and_lists_the_findings_and_runs_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("planer/helse");
    std::fs::create_dir_all(&plan).unwrap();
    common::copy_base_plan(&plan);
    common::name_an_unknown_role(&plan);
    let summary = dir.path().join("summary.md");
    assert_eq!(
        check(dir.path(), "planer/helse", &summary, "github", "en"),
        1
    );
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("### ❌ kplan check: Kompetanseplan for testing (planer/helse)\n"),
        "{text}"
    );
    assert!(text.contains("**1 error, 0 warnings in "), "{text}");
    assert!(text.contains("The plan does not pass the check"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("| Error |"))
        .expect("a row for the error");
    assert!(
        row.contains("| `planer/helse/measures.yaml:7:19` |"),
        "{row}"
    );
    assert!(
        row.contains(&format!(
            "[`unknown-reference`]({}/blob/v{}/docs/rules.md#unknown-reference)",
            env!("CARGO_PKG_REPOSITORY"),
            env!("CARGO_PKG_VERSION")
        )),
        "{row}"
    );
    // Plan words stay text: the id is quoted, not made a code span or a link.
    assert!(row.contains("\\`assistenter\\`"), "{row}");

    // A second run, on a plan that passes, in bokmål, is added below the first.
    let clean = dir.path().join("planer/oppvekst");
    std::fs::create_dir_all(&clean).unwrap();
    common::copy_base_plan(&clean);
    assert_eq!(
        check(dir.path(), "planer/oppvekst", &summary, "github", "nb"),
        0
    );
    let both = std::fs::read_to_string(&summary).unwrap();
    assert!(both.starts_with(&text), "the first summary is kept");
    let second = &both[text.len()..];
    assert!(
        second.contains("### ✅ kplan check: Kompetanseplan for testing (planer/oppvekst)"),
        "{second}"
    );
    assert!(second.contains("**0 feil, 0 advarsler i "), "{second}");
    assert!(second.contains("Planen består kontrollen."), "{second}");
    assert!(
        !second.contains("| Feil |"),
        "no table without findings: {second}"
    );
}

#[test]
fn other_formats_write_no_summary() {
    let plan = common::base_plan();
    let summary = plan.path().join("..").join("not-written.md");
    for format in ["human", "json", "sarif"] {
        check(plan.path(), ".", &summary, format, "en");
        assert!(!summary.exists(), "--format {format} wrote a summary");
    }
}

#[test]
fn many_findings_are_cut_errors_first_and_the_rest_counted() {
    let plan = common::base_plan();
    let mut extra = String::from("measures:\n");
    for i in 0..40 {
        // Each measure names a need that does not exist (an error) and has no cost (a warning).
        extra.push_str(&format!(
            "  - id: X{i}\n    title: Tiltak {i}\n    strategy: develop\n    needs: [{{ need: NOPE{i}, closes: 1 }}]\n    responsible: Enhetsleder\n    start: 2026-01-01\n    end: 2026-12-31\n    status: planned\n"
        ));
    }
    std::fs::write(plan.path().join("extra.yaml"), extra).unwrap();
    // A warning in a file that sorts first: without the errors-first order it would head the
    // table.
    std::fs::write(
        plan.path().join("a-first.yaml"),
        "measures:\n  - id: W1\n    title: Uten kostnad\n    strategy: develop\n    needs: [{ need: B1, closes: 1 }]\n    responsible: Enhetsleder\n    start: 2026-01-01\n    end: 2026-12-31\n    status: planned\n",
    )
    .unwrap();
    let summary = plan.path().join("..").join(format!(
        "summary-{}.md",
        plan.path().file_name().unwrap().to_string_lossy()
    ));
    assert_eq!(check(plan.path(), ".", &summary, "github", "en"), 1);
    let text = std::fs::read_to_string(&summary).unwrap();
    std::fs::remove_file(&summary).unwrap();
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Severity"))
        .collect();
    assert_eq!(rows.len(), kplan::report::job_summary::MAX_ROWS, "{text}");
    assert!(
        rows.iter().all(|r| r.starts_with("| Error |")),
        "errors come first: {text}"
    );
    assert!(
        text.contains(" warning"),
        "the plan has a warning too: {text}"
    );
    let total: usize = text
        .split("The first 30 of ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("the first 30 of N findings");
    assert!(total > 40, "{text}");
    assert!(
        text.contains(&format!("… and {} more: run `kplan check`", total - 30)),
        "{text}"
    );
}

#[test]
fn a_run_that_cannot_check_says_why_in_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    assert_eq!(
        check(dir.path(), "no-such-plan", &summary, "github", "en"),
        2
    );
    let text = std::fs::read_to_string(&summary).unwrap();
    assert_eq!(
        text,
        "### ❌ kplan check: no-such-plan\n\nkplan could not check the plan: no-such-plan is not a folder\n\n"
    );
}
