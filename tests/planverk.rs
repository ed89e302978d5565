//! The planverk: a workspace of plans checked in one run (docs/planverk.md).

mod common;

use std::path::Path;

fn init(dir: &Path, member: &str) {
    common::kplan()
        .current_dir(dir)
        .args(["init", member, "--lang", "nb", "--ci", "none"])
        .assert()
        .success();
}

/// An overall plan and a sector plan whose goal G1 contributes to the overall G1.
fn planverk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "overordnet");
    init(dir.path(), "sektorer/helse");
    std::fs::write(
        dir.path().join("kplan.toml"),
        "[workspace]\nmembers = [\"overordnet\", \"sektorer/*\"]\n",
    )
    .unwrap();
    edit(
        dir.path(),
        "sektorer/helse/kplan.toml",
        "[plan]\n",
        "[plan]\nparent = \"overordnet\"\n",
    );
    dir
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn contribute(root: &Path, refs: &str) {
    edit(
        root,
        "sektorer/helse/3-mal.yaml",
        "    based_on: [hovedtariffavtalen, kommuneplan]\n",
        &format!("    based_on: [hovedtariffavtalen, kommuneplan]\n    contributes_to: [{refs}]\n"),
    );
}

/// (code, plan) of every finding but the scaffold's `example-text` notes, and the exit status.
fn check(dir: &Path, args: &[&str]) -> (Vec<(String, Option<String>)>, i32) {
    let out = common::kplan()
        .current_dir(dir)
        .args(["check", "--format", "json", "--today", "2026-12-01"])
        .args(args)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] != "example-text")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["plan"].as_str().map(str::to_owned),
            )
        })
        .collect();
    (found, out.status.code().unwrap())
}

fn codes(found: &[(String, Option<String>)]) -> Vec<&str> {
    found.iter().map(|(c, _)| c.as_str()).collect()
}

#[test]
fn a_planverk_passes_with_one_report_and_one_exit_status() {
    let dir = planverk();
    contribute(dir.path(), "overordnet:G1");
    let (found, status) = check(dir.path(), &[]);
    assert_eq!(found, vec![], "a linked planverk passes");
    assert_eq!(status, 0);
    let out = common::kplan()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--today", "2026-12-01"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let plans: Vec<&str> = doc["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["folder"].as_str().unwrap())
        .collect();
    assert_eq!(plans, ["overordnet/", "sektorer/helse/"]);
    // The human report has a heading and a summary line per plan and a total.
    let human = common::kplan()
        .current_dir(dir.path())
        .args(["check", "--today", "2026-12-01", "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("── plan overordnet (overordnet/)"), "{text}");
    assert!(text.contains("── plan helse (sektorer/helse/)"), "{text}");
    assert!(text.contains("2 plans: 0 errors"), "{text}");
}

#[test]
fn cross_plan_references_are_checked_in_the_planverk() {
    let dir = planverk();
    contribute(dir.path(), "overordnet:G9, helse:G1, ukjent:G1, G1");
    let (found, status) = check(dir.path(), &[]);
    assert_eq!(status, 1);
    let helse = Some("helse".to_owned());
    assert!(
        found.contains(&("unknown-reference".to_owned(), helse.clone())),
        "{found:?}"
    );
    assert!(
        found.contains(&("contributes-to-non-ancestor".to_owned(), helse.clone())),
        "{found:?}"
    );
    assert_eq!(
        codes(&found)
            .iter()
            .filter(|c| **c == "contributes-to-non-ancestor")
            .count(),
        2,
        "helse:G1 is not an ancestor, and G1 has no plan: {found:?}"
    );
    assert_eq!(
        codes(&found)
            .iter()
            .filter(|c| **c == "unknown-reference")
            .count(),
        2,
        "overordnet:G9 and the plan ukjent: {found:?}"
    );
}

#[test]
fn a_plan_checked_alone_notes_what_it_cannot_check() {
    let dir = planverk();
    contribute(dir.path(), "overordnet:G1");
    let (found, status) = check(&dir.path().join("sektorer/helse"), &[]);
    assert_eq!(found, vec![("cross-plan-reference".to_owned(), None)]);
    assert_eq!(status, 0, "a note does not fail the check");
}

#[test]
fn workspace_errors_name_the_broken_entry() {
    let dir = planverk();
    contribute(dir.path(), "overordnet:G1");
    std::fs::write(
        dir.path().join("kplan.toml"),
        "[workspace]\nmembers = [\"overordnet\", \"sektorer/*\", \"mangler\", \"arkiv/*\", \"../ut\"]\n",
    )
    .unwrap();
    edit(
        dir.path(),
        "sektorer/helse/kplan.toml",
        "parent = \"overordnet\"",
        "parent = \"overordna\"",
    );
    let (found, status) = check(dir.path(), &[]);
    assert_eq!(status, 1);
    let workspace: Vec<_> = found.iter().filter(|(c, _)| c == "workspace").collect();
    assert_eq!(
        workspace.len(),
        4,
        "missing, no match, outside, unknown parent: {found:?}"
    );
}

#[test]
fn parent_periods_and_unserved_goals_are_warned_about() {
    let dir = planverk();
    let text = std::fs::read_to_string(dir.path().join("sektorer/helse/kplan.toml")).unwrap();
    let period = text
        .lines()
        .find(|l| l.starts_with("period"))
        .unwrap()
        .to_owned();
    edit(
        dir.path(),
        "sektorer/helse/kplan.toml",
        &period,
        "period = { start = 2020, end = 2040 }",
    );
    edit(
        dir.path(),
        "overordnet/3-mal.yaml",
        "  - id: G1\n",
        "  - id: G9\n    title: Et mål uten behov\n  - id: G1\n",
    );
    let (found, _) = check(dir.path(), &[]);
    let overordnet = Some("overordnet".to_owned());
    assert!(
        found.contains(&("period-outside-parent".to_owned(), Some("helse".to_owned()))),
        "{found:?}"
    );
    assert!(
        found.contains(&("parent-goal-not-served".to_owned(), overordnet)),
        "{found:?}"
    );
    assert_eq!(
        found
            .iter()
            .filter(|(c, _)| c == "parent-goal-not-served")
            .count(),
        1,
        "only G9, which has no need and no contributor: {found:?}"
    );
}

#[test]
fn several_folders_are_checked_in_one_run() {
    let dir = planverk();
    let (found, status) = check(dir.path(), &["overordnet", "sektorer/helse"]);
    assert_eq!(status, 0);
    // Checked as separate plans: the parent is not resolved, nothing crosses.
    assert!(found.is_empty(), "{found:?}");
}
