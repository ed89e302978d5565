//! `kplan check --format gitlab` (GitLab Code Quality) against the fields GitLab documents
//! (`tests/data/gitlab-code-quality.schema.json`), and the `.gitlab-ci.yml` of docs/gitlab.md,
//! which is `templates/init/gitlab-ci.yml.j2`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(common::root().join("tests/data/gitlab-code-quality.schema.json"))
            .unwrap();
    jsonschema::draft7::new(&serde_json::from_str(&text).unwrap()).expect("a valid draft-07 schema")
}

fn errors(validator: &jsonschema::Validator, report: &Value) -> Vec<String> {
    validator
        .iter_errors(report)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

fn assert_valid(what: &str, report: &Value) {
    let errors = errors(&validator(), report);
    assert!(
        errors.is_empty(),
        "{what}: not a Code Quality report:\n{}\n{report:#}",
        errors.join("\n")
    );
}

/// `kplan check --format gitlab ARGS` run in `cwd`, after checking the exit status.
fn gitlab(cwd: &Path, args: &[&str], status: i32) -> Value {
    let out = common::kplan()
        .current_dir(cwd)
        .env_remove("KPLAN_LANG")
        .args(["check", "--today", "2026-11-27", "--format", "gitlab"])
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(status), "{stdout}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

fn issues(report: &Value) -> &Vec<Value> {
    report.as_array().expect("an array of issues")
}

/// A plan with an error, warnings and a note, two findings of the same rule, file and message
/// (two unused units would differ by id; two measures without cost the same), in a folder
/// `plan/min plan, æøå` of a "repository" the run starts in.
fn repository() -> (tempfile::TempDir, std::path::PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    let plan = repo.path().join("plan").join("min plan, æøå");
    std::fs::create_dir_all(&plan).unwrap();
    common::copy_base_plan(&plan);
    // unknown-reference (error).
    common::name_an_unknown_role(&plan);
    // unused (warning).
    common::append(
        &plan.join("units.yaml"),
        "  - id: helse-og-omsorg\n    name: Helse og omsorg\n",
    );
    // strategy-balance (note): no need or measure mobilises.
    std::fs::remove_file(plan.join("strategy-mobilise.yaml")).unwrap();
    (repo, plan)
}

#[test]
fn findings_become_code_quality_issues_with_repository_paths() {
    let (repo, _) = repository();
    let report = gitlab(repo.path(), &["plan/min plan, æøå"], 1);
    assert_valid("many findings", &report);
    let issues = issues(&report);
    let severities: BTreeSet<(&str, &str)> = issues
        .iter()
        .map(|i| {
            (
                i["check_name"].as_str().unwrap(),
                i["severity"].as_str().unwrap(),
            )
        })
        .collect();
    for pair in [
        ("unknown-reference", "major"),
        ("unused", "minor"),
        ("strategy-balance", "info"),
    ] {
        assert!(severities.contains(&pair), "{pair:?} in {severities:?}");
    }
    let reference = issues
        .iter()
        .find(|i| i["check_name"] == "unknown-reference")
        .unwrap();
    assert_eq!(
        reference["location"]["path"],
        "plan/min plan, æøå/measures.yaml"
    );
    let text =
        std::fs::read_to_string(repo.path().join("plan/min plan, æøå/measures.yaml")).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("assistenter"))
        .unwrap()
        + 1;
    assert_eq!(reference["location"]["lines"]["begin"], line);
    assert_eq!(reference["location"]["lines"]["end"], line);
    let description = reference["description"].as_str().unwrap();
    assert!(
        description.contains("assistenter") && description.contains(" — hjelp: "),
        "message and help on one line: {description}"
    );
    assert!(!description.contains('\n'));
}

#[test]
fn a_finding_without_a_file_is_shown_on_kplan_toml() {
    let empty = tempfile::tempdir().unwrap();
    let report = gitlab(empty.path(), &[], 1);
    assert_valid("no plan", &report);
    let issue = &issues(&report)[0];
    assert_eq!(issue["check_name"], "manifest");
    assert_eq!(issue["location"]["path"], "kplan.toml");
    assert_eq!(issue["location"]["lines"]["begin"], 1);
}

#[test]
fn a_clean_plan_is_an_empty_array() {
    let plan = common::base_plan();
    let report = gitlab(plan.path(), &[], 0);
    assert_eq!(report, serde_json::json!([]));
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let dir = common::root().join("examples").join(example);
        assert_valid(example, &gitlab(&dir, &[], 0));
    }
}

fn fingerprints(report: &Value) -> Vec<(String, String)> {
    issues(report)
        .iter()
        .map(|i| {
            (
                i["check_name"].as_str().unwrap().to_owned(),
                i["fingerprint"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn fingerprints_are_unique_and_survive_runs_languages_and_unrelated_edits() {
    let (repo, plan) = repository();
    let args = ["plan/min plan, æøå"];
    let keys = fingerprints(&gitlab(repo.path(), &args, 1));
    let unique: BTreeSet<&String> = keys.iter().map(|(_, f)| f).collect();
    assert_eq!(unique.len(), keys.len(), "unique in the report: {keys:?}");
    assert_eq!(
        fingerprints(&gitlab(repo.path(), &args, 1)),
        keys,
        "the same in a second run"
    );
    assert_eq!(
        fingerprints(&gitlab(
            repo.path(),
            &["plan/min plan, æøå", "--lang", "en"],
            1
        )),
        keys,
        "the same in another language"
    );

    // Lines added above the findings, and one finding fixed: the others keep their fingerprints.
    let measures = plan.join("measures.yaml");
    let text = std::fs::read_to_string(&measures).unwrap();
    std::fs::write(&measures, format!("# a comment\n# and another\n{text}")).unwrap();
    common::edit(
        &plan.join("units.yaml"),
        "  - id: helse-og-omsorg\n    name: Helse og omsorg\n",
        "",
    );
    let after = fingerprints(&gitlab(repo.path(), &args, 1));
    let expected: Vec<_> = keys
        .iter()
        .filter(|(code, _)| code != "unused")
        .cloned()
        .collect();
    assert_eq!(after, expected, "unchanged by lines added above");
}

/// The fingerprint is SARIF's `partialFingerprints["kplan/v1"]`: one function for both.
#[test]
fn fingerprints_are_those_of_sarif() {
    let (repo, _) = repository();
    let report = gitlab(repo.path(), &["plan/min plan, æøå"], 1);
    let out = common::kplan()
        .current_dir(repo.path())
        .args([
            "check",
            "--today",
            "2026-11-27",
            "--format",
            "sarif",
            "plan/min plan, æøå",
        ])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let from_sarif: Vec<(String, String)> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap().to_owned(),
                r["partialFingerprints"]["kplan/v1"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            )
        })
        .collect();
    assert_eq!(fingerprints(&report), from_sarif);
}

/// A way to break a report, and its name.
type Break = (&'static str, fn(&mut Value));

/// The hand-written schema is strict enough to catch what GitLab would not read.
#[test]
fn broken_reports_do_not_validate() {
    let (repo, _) = repository();
    let good = gitlab(repo.path(), &["plan/min plan, æøå"], 1);
    assert_valid("the good copy", &good);
    let breaks: [Break; 6] = [
        ("not an array", |r| *r = serde_json::json!({"issues": []})),
        ("a severity GitLab does not know", |r| {
            r[0]["severity"] = "error".into();
        }),
        ("no fingerprint", |r| {
            r[0].as_object_mut().unwrap().remove("fingerprint");
        }),
        ("a path with ./", |r| {
            r[0]["location"]["path"] = "./measures.yaml".into();
        }),
        ("a path with a backslash", |r| {
            r[0]["location"]["path"] = "plan\\measures.yaml".into();
        }),
        ("no line", |r| {
            r[0]["location"].as_object_mut().unwrap().remove("lines");
        }),
    ];
    for (what, break_it) in breaks {
        let mut report = good.clone();
        break_it(&mut report);
        assert!(
            !errors(&validator(), &report).is_empty(),
            "{what} must not validate"
        );
    }
}

/// The markers around the `.gitlab-ci.yml` in docs/gitlab.md.
const SNIPPET_START: &str =
    "<!-- gitlab-ci.yml:start (templates/init/gitlab-ci.yml.j2) -->\n```yaml\n";
const SNIPPET_END: &str = "```\n<!-- gitlab-ci.yml:end -->";

/// The `.gitlab-ci.yml` `kplan init --ci gitlab --lang en` writes for a plan at the root of its
/// repository (from `templates/init/gitlab-ci.yml.j2`).
fn snippet() -> String {
    let dir = tempfile::tempdir().unwrap();
    common::kplan()
        .args([
            "init", "-q", "--ci", "gitlab", "--lang", "en", "--format", "yaml",
        ])
        .arg(dir.path())
        .assert()
        .success();
    std::fs::read_to_string(dir.path().join(".gitlab-ci.yml")).unwrap()
}

/// docs/gitlab.md shows the template's YAML; `KPLAN_BLESS=1 cargo test --test gitlab` copies it.
#[test]
fn docs_show_the_template() {
    let path = common::root().join("docs/gitlab.md");
    let docs = std::fs::read_to_string(&path).unwrap();
    let start = docs
        .find(SNIPPET_START)
        .expect("docs/gitlab.md has the start marker")
        + SNIPPET_START.len();
    let end = start + docs[start..].find(SNIPPET_END).expect("and the end marker");
    let mut yaml = snippet();
    if !yaml.ends_with('\n') {
        yaml.push('\n');
    }
    if std::env::var_os("KPLAN_BLESS").is_some() {
        std::fs::write(&path, format!("{}{yaml}{}", &docs[..start], &docs[end..])).unwrap();
        return;
    }
    assert!(
        docs[start..end] == yaml,
        "docs/gitlab.md does not show templates/init/gitlab-ci.yml.j2: run `KPLAN_BLESS=1 cargo test --test gitlab`"
    );
}

/// The snippet is YAML with the jobs GitLab needs: a check job whose Code Quality report is an
/// artifact even when the check fails, and a render job that keeps `build/`.
#[test]
fn the_snippet_is_yaml_with_a_code_quality_report_and_the_document() {
    let yaml = snippet();
    let doc = kplan::load::parse_text(&yaml, false)
        .unwrap_or_else(|e| panic!("the snippet is not YAML: {e}\n{yaml}"))
        .expect("not empty")
        .to_json();
    assert_eq!(doc["variables"]["KPLAN_VERSION"], env!("CARGO_PKG_VERSION"));
    let check = &doc["kplan-check"];
    assert_eq!(check["extends"], ".kplan");
    assert_eq!(
        check["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
    assert_eq!(check["artifacts"]["when"], "always");
    let script: Vec<&str> = check["script"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(
        script.last().copied(),
        Some(r#"kplan check "$KPLAN_PLAN" --format gitlab > gl-code-quality-report.json"#)
    );
    assert_eq!(doc["kplan-render"]["artifacts"]["paths"][0], "build/");
    let setup: Vec<&str> = doc[".kplan"]["before_script"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let joined = setup.join("\n");
    for part in [
        "https://github.com/kplan-no/kplan/releases/download",
        "kplan-x86_64-unknown-linux-musl.tar.xz",
        "$archive.sha256",
        "sha256sum -c -",
    ] {
        assert!(
            joined.contains(part) || yaml.contains(part),
            "{part} in the setup: {joined}"
        );
    }
    let verify = setup.iter().position(|l| l.contains("sha256sum")).unwrap();
    let unpack = setup.iter().position(|l| l.contains("tar -x")).unwrap();
    assert!(
        verify < unpack,
        "the checksum is verified before the archive is opened"
    );
}

/// The example in docs/gitlab.md is a report the schema accepts.
#[test]
fn the_example_of_the_docs_matches_the_schema() {
    let text = std::fs::read_to_string(common::root().join("docs/gitlab.md")).unwrap();
    let rest = &text[text.find("```json\n").expect("an example") + 8..];
    let report: Value = serde_json::from_str(&rest[..rest.find("```").unwrap()]).unwrap();
    assert_valid("docs/gitlab.md", &report);
    assert!(!issues(&report).is_empty());
}
