//! The JSON contract (docs/json.md): the schemas committed under `schemas/` are current, real
//! outputs of `kplan check --format json` and `kplan diff --format json` validate against them,
//! and broken outputs do not. Update with `KPLAN_BLESS=1 cargo test --test json_contract`.

mod common;

use std::path::Path;

use serde_json::Value;

/// The output schemas as (file name under `schemas/`, schema).
fn schemas() -> [(&'static str, Value); 2] {
    [
        ("check-output.schema.json", kplan::report::json_schema()),
        ("diff-output.schema.json", kplan::diff::schema()),
    ]
}

#[test]
fn committed_output_schemas_are_current() {
    for (name, schema) in schemas() {
        let mut text = serde_json::to_string_pretty(&schema).unwrap();
        text.push('\n');
        let path = common::root().join("schemas").join(name);
        if std::env::var_os("KPLAN_BLESS").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "schemas/{name} is out of date: run `KPLAN_BLESS=1 cargo test --test json_contract`"
        );
    }
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft7::new(schema).expect("the schema is valid draft-07")
}

fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

fn assert_valid(validator: &jsonschema::Validator, what: &str, doc: &Value) {
    let errors = errors(validator, doc);
    assert!(
        errors.is_empty(),
        "{what}: the output does not match its schema:\n{}\n{doc:#}",
        errors.join("\n")
    );
}

/// `kplan check --format json ARGS` run inside `dir`: the exit status and the document.
fn check_json(dir: &Path, args: &[&str]) -> (i32, Value) {
    let out = common::kplan()
        .current_dir(dir)
        .env_remove("KPLAN_LANG")
        .args(["check", "--today", "2026-11-27", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let doc = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
    (out.status.code().unwrap(), doc)
}

fn check_validator() -> jsonschema::Validator {
    validator(&kplan::report::json_schema())
}

#[test]
fn check_output_of_the_example_plans_matches_the_schema() {
    let validator = check_validator();
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let dir = common::root().join("examples").join(example);
        let (status, doc) = check_json(&dir, &[]);
        assert_eq!(status, 0, "{example}: {doc:#}");
        assert_valid(&validator, example, &doc);
        assert_eq!(doc["valid"], true);
        assert!(doc.get("error").is_none(), "`error` only on exit 2");
    }
}

/// Every rule fixture that finds something: every code, findings with and without a file, with
/// and without a range, with related locations, in the three languages.
#[test]
fn check_output_of_every_rule_fixture_matches_the_schema() {
    let validator = check_validator();
    let (mut related, mut without_range) = (0, 0);
    let mut codes = std::collections::BTreeSet::new();
    for (i, case) in common::cases::cases().into_iter().enumerate() {
        if case.expect.is_empty() {
            continue;
        }
        let plan = case.materialise();
        let lang = ["nb", "nn", "en"][i % 3];
        let (status, doc) = check_json(plan.path(), &["--lang", lang]);
        assert_valid(&validator, &case.id(), &doc);
        assert_eq!(doc["language"], lang);
        let diagnostics = doc["diagnostics"].as_array().unwrap();
        let errors = diagnostics
            .iter()
            .filter(|d| d["severity"] == "error")
            .count();
        assert_eq!(doc["error_count"], errors, "{}", case.id());
        assert_eq!(doc["valid"], errors == 0, "{}", case.id());
        assert_eq!(status, i32::from(errors > 0), "{}", case.id());
        for d in diagnostics {
            codes.insert(d["code"].as_str().unwrap().to_owned());
            related += usize::from(!d["related"].as_array().unwrap().is_empty());
            without_range += usize::from(!d["file"].is_null() && d["range"].is_null());
        }
    }
    assert!(related > 0, "a finding with related locations was checked");
    assert!(without_range > 0, "a finding on a whole file was checked");
    let known: Vec<&str> = kplan::diag::Code::ALL.iter().map(|c| c.name()).collect();
    for code in &codes {
        assert!(known.contains(&code.as_str()), "{code} is a known code");
    }
    assert!(codes.len() > 30, "most codes were checked: {codes:?}");
}

/// Lines and columns as docs/json.md says: 1-based, columns in characters, end-exclusive; bytes
/// 0-based in UTF-8.
#[test]
fn positions_count_characters_and_end_after_the_range() {
    let plan = common::base_plan();
    common::edit(
        &plan.path().join("measures.yaml"),
        "    target_group: assistent\n",
        "    target_group: æøå😀x\n",
    );
    let (status, doc) = check_json(plan.path(), &[]);
    assert_eq!(status, 1);
    assert_valid(&check_validator(), "emoji", &doc);
    let d = &doc["diagnostics"][0];
    assert_eq!(d["code"], "unknown-reference");
    let text = std::fs::read_to_string(plan.path().join("measures.yaml")).unwrap();
    let line = text.lines().position(|l| l.contains("æøå😀x")).unwrap() + 1;
    let byte = text.find("æøå😀x").unwrap();
    let range = &d["range"];
    assert_eq!(range["start"]["line"], line);
    assert_eq!(range["start"]["column"], "    target_group: ".len() + 1);
    assert_eq!(range["start"]["byte"], byte);
    assert_eq!(range["end"]["line"], line);
    assert_eq!(range["end"]["column"], "    target_group: ".len() + 1 + 5);
    assert_eq!(range["end"]["byte"], byte + "æøå😀x".len());
}

/// A folder without a plan: one `manifest` finding, without a file (exit status 1).
#[test]
fn a_finding_without_a_file_has_null_file_and_range() {
    let empty = tempfile::tempdir().unwrap();
    let (status, doc) = check_json(empty.path(), &[]);
    assert_eq!(status, 1);
    assert_valid(&check_validator(), "no plan", &doc);
    let d = &doc["diagnostics"][0];
    assert_eq!(d["code"], "manifest");
    assert_eq!(d["file"], Value::Null);
    assert_eq!(d["range"], Value::Null);
    assert!(
        doc.get("error").is_none(),
        "a finding is not a failure to check"
    );
}

/// `--deny-warnings` changes the exit status, not `valid`.
#[test]
fn deny_warnings_changes_the_exit_status_only() {
    let plan = common::base_plan();
    common::append(
        &plan.path().join("units.yaml"),
        "  - id: helse-og-omsorg\n    name: Helse og omsorg\n",
    );
    let (status, plain) = check_json(plan.path(), &[]);
    assert_eq!(status, 0);
    assert_eq!(plain["warning_count"], 1, "{plain:#}");
    let (status, denied) = check_json(plan.path(), &["--deny-warnings"]);
    assert_eq!(status, 1);
    assert_eq!(denied, plain);
    assert_eq!(denied["valid"], true);
}

/// On exit 2 the document says why, in the language of the run.
#[test]
fn a_run_that_cannot_check_prints_a_valid_document_with_the_error() {
    let validator = check_validator();
    let empty = tempfile::tempdir().unwrap();
    let missing = empty.path().join("nowhere");
    let (status, doc) = check_json(empty.path(), &[missing.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(status, 2);
    assert_valid(&validator, "no such folder", &doc);
    assert_eq!(doc["valid"], false);
    assert_eq!(doc["language"], "en");
    assert_eq!(doc["error"]["kind"], "read");
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("nowhere")
    );
    assert_eq!(doc["diagnostics"], serde_json::json!([]));

    let plan = common::base_plan();
    let out = common::kplan()
        .current_dir(plan.path())
        .env_remove("KPLAN_LANG")
        .args(["check", "--format", "json", "--today", "27.11.2026"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&validator, "bad date", &doc);
    assert_eq!(doc["error"]["kind"], "usage");
    assert_eq!(doc["language"], "nb", "the plan's language");
}

/// A way to break a document, and its name.
type Break = (&'static str, fn(&mut Value));

/// The schema is strict: each broken copy of a real output fails.
#[test]
fn broken_check_outputs_do_not_validate() {
    let validator = check_validator();
    let plan = common::base_plan();
    common::name_an_unknown_role(plan.path());
    let (_, good) = check_json(plan.path(), &[]);
    assert_valid(&validator, "the good copy", &good);
    let breaks: [Break; 10] = [
        ("no format_version", |d| {
            d.as_object_mut().unwrap().remove("format_version");
        }),
        ("an unknown field", |d| d["extra"] = true.into()),
        ("valid as a string", |d| d["valid"] = "yes".into()),
        ("an unknown language", |d| d["language"] = "se".into()),
        ("an unknown severity", |d| {
            d["diagnostics"][0]["severity"] = "fatal".into();
        }),
        ("a code that is no code", |d| {
            d["diagnostics"][0]["code"] = "Unknown Reference".into();
        }),
        ("column 0", |d| {
            d["diagnostics"][0]["range"]["start"]["column"] = 0.into();
        }),
        ("no byte", |d| {
            let end = d["diagnostics"][0]["range"]["end"].as_object_mut().unwrap();
            end.remove("byte");
        }),
        ("an unknown field in a diagnostic", |d| {
            d["diagnostics"][0]["url"] = "x".into();
        }),
        ("an unknown error kind", |d| {
            d["error"] = serde_json::json!({"kind": "panic", "message": "x"});
        }),
    ];
    for (what, break_it) in breaks {
        let mut doc = good.clone();
        break_it(&mut doc);
        assert!(
            !errors(&validator, &doc).is_empty(),
            "{what} must not validate"
        );
    }
}

fn diff_json(old: &Path, new: &Path) -> Value {
    let out = common::kplan()
        .current_dir(old)
        .args(["diff", "--format", "json"])
        .arg(old)
        .arg(new)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Two plans with changes of each kind: a renamed id, changed and added fields, a long text
/// changed word by word, an added and a removed entity, a moved period, the manifest's title,
/// and costs per year and source.
fn changed_pair() -> (tempfile::TempDir, tempfile::TempDir) {
    let (old, new) = (common::base_plan(), common::base_plan());
    let long_old = "Assistentene tar fagbrev i helsearbeiderfaget mens de er i jobb, med veiledning fra sykepleierne.";
    let long_new = "Assistentene tar fagbrev i helsearbeiderfaget mens de er i full jobb, med veiledning fra erfarne sykepleiere.";
    for (dir, text) in [(old.path(), long_old), (new.path(), long_new)] {
        common::edit(
            &dir.join("measures.yaml"),
            "    target_group: assistent\n",
            &format!("    description: {text}\n    target_group: assistent\n"),
        );
    }
    common::append(
        &old.path().join("roles.yaml"),
        "  - id: vikar\n    name: Vikarer\n",
    );
    let n = new.path();
    common::edit(
        &n.join("kplan.toml"),
        "title = \"Kompetanseplan for testing\"",
        "title = \"Kompetanseplan for testing 2025\"",
    );
    common::edit(&n.join("ambitions.yaml"), "id: A1\n", "id: A-attraktiv\n");
    common::edit(
        &n.join("goals.yaml"),
        "ambition: A1",
        "ambition: A-attraktiv",
    );
    let measures = n.join("measures.yaml");
    common::edit(&measures, "amount: 150000", "amount: 175000");
    common::edit(&measures, "end: 2027-06-30", "end: 2028-06-30");
    common::append(
        &n.join("units.yaml"),
        "  - id: sykehjemmet\n    name: Sykehjemmet\n",
    );
    (old, new)
}

#[test]
fn diff_output_matches_the_schema() {
    let validator = validator(&kplan::diff::schema());
    let (old, new) = changed_pair();
    let doc = diff_json(old.path(), new.path());
    assert_valid(&validator, "changed pair", &doc);
    let sections = doc["sections"].as_array().unwrap();
    let any = |key: &str| {
        sections
            .iter()
            .any(|s| !s[key].as_array().unwrap().is_empty())
    };
    assert!(any("added") && any("removed") && any("renamed") && any("changed"));
    assert!(!doc["manifest"].as_array().unwrap().is_empty());
    assert!(
        !doc["consequences"]["measures_moved"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let text = doc.to_string();
    assert!(text.contains(r#""kind":"insert""#), "a word diff: {text}");

    let (plan, same) = (common::base_plan(), common::base_plan());
    let doc = diff_json(plan.path(), same.path());
    assert_valid(&validator, "no changes", &doc);
    assert_eq!(doc["sections"], serde_json::json!([]));
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let dir = common::root().join("examples").join(example);
        let doc = diff_json(&dir, plan.path());
        assert_valid(&validator, example, &doc);
    }
}

/// The JSON snapshots of `tests/diff.rs` (a git history of changes) match too.
#[test]
fn diff_snapshots_match_the_schema() {
    let validator = validator(&kplan::diff::schema());
    let text =
        std::fs::read_to_string(common::root().join("tests/snapshots/diff/history.json.snap"))
            .unwrap();
    let json = &text[text.find("\n---\n").unwrap() + 5..];
    let doc: Value = serde_json::from_str(json).unwrap();
    assert_valid(&validator, "history.json", &doc);
}

#[test]
fn broken_diff_outputs_do_not_validate() {
    let validator = validator(&kplan::diff::schema());
    let (old, new) = changed_pair();
    let good = diff_json(old.path(), new.path());
    let breaks: [Break; 5] = [
        ("no format_version", |d| {
            d.as_object_mut().unwrap().remove("format_version");
        }),
        ("an unknown field", |d| d["extra"] = true.into()),
        ("an unknown field in a section", |d| {
            d["sections"][0]["extra"] = 1.into();
        }),
        ("an unknown word kind", |d| {
            d["sections"] = serde_json::json!([{ "section": "measures", "step": 6,
                "added": [], "removed": [], "renamed": [],
                "changed": [{ "id": "T1", "name": null, "fields": [{ "field": "description",
                    "old": "a", "new": "b", "words": [{ "kind": "replace", "text": "b" }] }] }] }]);
        }),
        ("coverage as text", |d| {
            d["consequences"]["coverage_before"] = "full".into();
        }),
    ];
    for (what, break_it) in breaks {
        let mut doc = good.clone();
        break_it(&mut doc);
        assert!(
            !errors(&validator, &doc).is_empty(),
            "{what} must not validate"
        );
    }
}

/// The ```json blocks of a page, parsed.
fn json_blocks(page: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(common::root().join(page)).unwrap();
    text.split("```json\n")
        .skip(1)
        .map(|rest| {
            let block = &rest[..rest.find("```").expect("a closed block")];
            serde_json::from_str(block)
                .unwrap_or_else(|e| panic!("{page}: a JSON example is not JSON ({e}):\n{block}"))
        })
        .collect()
}

/// The examples in docs/json.md are documents their schemas accept.
#[test]
fn the_examples_of_the_contract_match_the_schemas() {
    let check = check_validator();
    let diff = validator(&kplan::diff::schema());
    let blocks = json_blocks("docs/json.md");
    assert!(
        blocks.len() >= 3,
        "docs/json.md shows check, exit 2 and diff"
    );
    for doc in &blocks {
        if doc.get("diagnostics").is_some() {
            assert_valid(&check, "docs/json.md", doc);
        } else {
            assert_valid(&diff, "docs/json.md", doc);
        }
    }
}
