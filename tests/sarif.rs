//! `kplan check --format sarif` against the official SARIF 2.1.0 JSON schema
//! (`tests/data/sarif-schema-2.1.0.json`, see `tests/data/README.md`).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(common::root().join("tests/data/sarif-schema-2.1.0.json"))
        .expect("the vendored SARIF schema");
    let schema: Value = serde_json::from_str(&text).expect("the SARIF schema is JSON");
    jsonschema::draft4::new(&schema).expect("the SARIF schema is valid draft-04")
}

fn errors(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// The SARIF log of `kplan check` run inside `dir`, after checking the exit status.
fn sarif(dir: &Path, status: i32) -> Value {
    let out = assert_cmd::Command::cargo_bin("kplan")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("KPLAN_TODAY")
        .args(["check", "--today", "2026-11-27", "--format", "sarif"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(status), "{stdout}");
    serde_json::from_str(&stdout).expect("SARIF is JSON")
}

fn assert_valid(validator: &jsonschema::Validator, what: &str, log: &Value) {
    let errors = errors(validator, log);
    assert!(
        errors.is_empty(),
        "{what}: SARIF does not match the schema:\n{}",
        errors.join("\n")
    );
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().expect("results")
}

/// The base plan with several kinds of findings: errors, warnings and a note, labels, related locations
/// in another file and a file-level finding without a region.
fn plan_with_many_findings() -> tempfile::TempDir {
    let plan = common::base_plan();
    let dir = plan.path();
    // unknown-reference: there is no role `assistenter`.
    common::name_an_unknown_role(dir);
    // workforce-mismatch: 5 + 9 + 7 persons, but 20 employees.
    common::edit(
        &dir.join("workforce.yaml"),
        r#"age: { "under 30": 5, "30 og over": 15 }"#,
        r#"age: { "under 30": 5, "30–49": 9, "50 og over": 7 }"#,
    );
    // unused: a unit nobody refers to.
    common::append(
        &dir.join("units.yaml"),
        "  - id: helse-og-omsorg\n    name: Helse og omsorg\n",
    );
    // measure-without-cost.
    common::append(
        &dir.join("measures.yaml"),
        "  - id: T2\n    title: Veiledning\n    strategy: develop\n    needs: [B1]\n    \
         responsible: Fagutvikler\n    start: 2026-01-01\n    end: 2026-12-31\n    \
         status: planned\n",
    );
    // missing-step (a file-level finding): no evaluation and no indicators.
    common::edit(&dir.join("goals.yaml"), "    indicators: [I1]\n", "");
    std::fs::remove_file(dir.join("indicators.yaml")).unwrap();
    std::fs::remove_file(dir.join("evaluation.yaml")).unwrap();
    // duplicate-id, with the first use as a related location in another file.
    std::fs::write(
        dir.join("b.toml"),
        "[[roles]]\nid = \"hjemmetjenesten\"\nname = \"Ansatte i hjemmetjenesten\"\n",
    )
    .unwrap();
    // strategy-balance (a note): no need or measure mobilises.
    std::fs::remove_file(dir.join("strategy-mobilise.yaml")).unwrap();
    plan
}

#[test]
fn sarif_of_a_plan_with_many_findings_matches_the_official_schema() {
    let plan = plan_with_many_findings();
    let log = sarif(plan.path(), 1);
    assert_valid(&validator(), "many findings", &log);

    let results = results(&log);
    let codes: BTreeSet<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    for code in [
        "duplicate-id",
        "goal-without-indicator",
        "measure-without-cost",
        "missing-step",
        "strategy-balance",
        "unknown-reference",
        "unused",
        "workforce-mismatch",
    ] {
        assert!(codes.contains(code), "{code} is reported: {codes:?}");
    }
    let levels: BTreeSet<&str> = results
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels, BTreeSet::from(["error", "note", "warning"]));
    assert!(
        results
            .iter()
            .any(|r| !r["relatedLocations"].as_array().unwrap().is_empty()),
        "a related location is reported"
    );
    assert!(
        results.iter().any(|r| r["locations"][0]["physicalLocation"]
            .get("region")
            .is_none()),
        "a location without a region is reported"
    );
}

#[test]
fn sarif_of_clean_plans_matches_the_official_schema() {
    let validator = validator();
    let plan = common::base_plan();
    let log = sarif(plan.path(), 0);
    assert_valid(&validator, "the base plan", &log);
    assert!(results(&log).is_empty(), "the base plan has no findings");
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let dir = common::root().join("examples").join(example);
        assert_valid(&validator, example, &sarif(&dir, 0));
    }
}

#[test]
fn sarif_of_plans_that_cannot_be_read_matches_the_official_schema() {
    let validator = validator();
    // parse: a plan file that is not YAML.
    let plan = common::base_plan();
    std::fs::write(plan.path().join("broken.yaml"), "goals: [G1\n").unwrap();
    let log = sarif(plan.path(), 1);
    assert_valid(&validator, "a parse error", &log);
    assert_eq!(results(&log)[0]["ruleId"], "parse");
    // manifest: no kplan.toml at all, a finding without any location.
    let empty = tempfile::tempdir().unwrap();
    let log = sarif(empty.path(), 1);
    assert_valid(&validator, "no manifest", &log);
    assert_eq!(results(&log)[0]["ruleId"], "manifest");
    assert_eq!(results(&log)[0]["locations"], Value::Array(vec![]));
}

/// Exit status 2 (kplan could not check anything): standard output is still a valid SARIF log,
/// with no results and an invocation that failed and says why, so that an upload step shows the
/// reason instead of failing on an empty file.
#[test]
fn sarif_when_kplan_cannot_check_is_a_failed_invocation() {
    let dir = tempfile::tempdir().unwrap();
    for (args, why) in [
        (vec!["no such folder"], "no such folder"),
        (vec!["--today", "2026-13-45", "."], "2026-13-45"),
    ] {
        let out = assert_cmd::Command::cargo_bin("kplan")
            .unwrap()
            .current_dir(dir.path())
            .env_remove("GITHUB_ACTIONS")
            .env_remove("KPLAN_TODAY")
            .args(["check", "--format", "sarif", "--lang", "en"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(why), "{stderr}");
        let log: Value = serde_json::from_slice(&out.stdout).expect("SARIF on exit 2");
        assert_valid(&validator(), "a run that could not check", &log);
        let run = &log["runs"][0];
        assert_eq!(results(&log), &Vec::<Value>::new());
        let invocation = &run["invocations"][0];
        assert_eq!(invocation["executionSuccessful"], false);
        let notification = &invocation["toolExecutionNotifications"][0];
        assert_eq!(notification["level"], "error");
        let text = notification["message"]["text"].as_str().unwrap();
        assert!(text.contains(why), "{text}");
    }
}

/// One way to break a valid SARIF log.
type Break = fn(&mut Value);

/// The validator really applies the schema: a log it accepts, broken in one place at a time, is
/// rejected each time.
#[test]
fn the_official_schema_rejects_broken_sarif() {
    let validator = validator();
    let plan = plan_with_many_findings();
    let log = sarif(plan.path(), 1);
    assert_valid(&validator, "many findings", &log);
    let breaks: [(&str, Break); 5] = [
        ("an unknown level", |log| {
            log["runs"][0]["results"][0]["level"] = "fatal".into();
        }),
        ("line 0", |log| {
            log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
                0.into();
        }),
        ("a misspelt property", |log| {
            let result = log["runs"][0]["results"][0].as_object_mut().unwrap();
            let id = result.remove("ruleId").unwrap();
            result.insert("rule_id".into(), id);
        }),
        ("a message without text", |log| {
            log["runs"][0]["results"][0]["message"] = serde_json::json!({});
        }),
        ("another version", |log| {
            log["version"] = "2.0.0".into();
        }),
    ];
    for (what, break_it) in breaks {
        let mut broken = log.clone();
        break_it(&mut broken);
        assert!(
            !errors(&validator, &broken).is_empty(),
            "the schema rejects {what}"
        );
    }
}

/// The SARIF log of `kplan check ARG` run in `cwd`.
fn sarif_of(cwd: &Path, arg: &str, lang: &str) -> Value {
    let out = assert_cmd::Command::cargo_bin("kplan")
        .unwrap()
        .current_dir(cwd)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("KPLAN_TODAY")
        .args([
            "check",
            "--today",
            "2026-11-27",
            "--format",
            "sarif",
            "--lang",
            lang,
            arg,
        ])
        .output()
        .unwrap();
    serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).expect("SARIF is JSON")
}

/// Issue 15: a plan folder named with a space, a comma and æøå gives URI references that
/// GitHub and the SARIF validator accept; columns are declared as Unicode code points; each
/// result has a fingerprint that stays when lines above it change and does not follow
/// `--lang`; each rule has a name.
#[test]
fn uris_are_encoded_columns_declared_and_findings_fingerprinted() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("min plan, æøå");
    std::fs::create_dir(&plan).unwrap();
    common::copy_base_plan(&plan);
    common::name_an_unknown_role(&plan);
    let log = sarif_of(dir.path(), "min plan, æøå", "nb");
    assert_valid(&validator(), "encoded paths", &log);
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["name"] == "UnknownReference"));
    // A name that would only repeat the id is left out, as SARIF asks (the validator warns).
    let parse = rules.iter().find(|r| r["id"] == "parse").unwrap();
    assert_eq!(parse.get("name"), None);
    // Every rule links to its section of docs/rules.md at this version's tag; the tool to its
    // repository (Cargo.toml's `repository`, the one place it is named).
    let repository = env!("CARGO_PKG_REPOSITORY");
    assert_eq!(run["tool"]["driver"]["informationUri"], repository);
    let version = env!("CARGO_PKG_VERSION");
    for rule in rules {
        assert_eq!(
            rule["helpUri"],
            format!(
                "{repository}/blob/v{version}/docs/rules.md#{}",
                rule["id"].as_str().unwrap()
            ),
        );
    }
    let rules_md = std::fs::read_to_string(common::root().join("docs/rules.md")).unwrap();
    for rule in rules {
        let anchor = format!("<a id=\"{}\"></a>", rule["id"].as_str().unwrap());
        assert!(rules_md.contains(&anchor), "docs/rules.md has {anchor}");
    }
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    // The plan's folder is the run's category, so that several plans stay apart.
    assert_eq!(run["automationDetails"]["id"], "kplan/min plan, æøå/");
    let finding = |log: &Value| {
        results(log)
            .iter()
            .find(|r| r["ruleId"] == "unknown-reference")
            .cloned()
            .expect("the unknown role is reported")
    };
    let first = finding(&log);
    let uri = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert_eq!(uri, "min%20plan%2C%20%C3%A6%C3%B8%C3%A5/measures.yaml");
    assert_eq!(
        first["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
        "%SRCROOT%"
    );
    let print = first["partialFingerprints"]["kplan/v1"].clone();
    assert!(print.as_str().is_some_and(|p| p.len() == 16), "{print}");
    // In English the message differs, the fingerprint does not.
    assert_eq!(
        finding(&sarif_of(dir.path(), "min plan, æøå", "en"))["partialFingerprints"]["kplan/v1"],
        print
    );
    // Lines added above the finding move it, but it keeps its fingerprint.
    let text = std::fs::read_to_string(plan.join("measures.yaml")).unwrap();
    std::fs::write(
        plan.join("measures.yaml"),
        format!("# note\n# more\n{text}"),
    )
    .unwrap();
    let moved = finding(&sarif_of(dir.path(), "min plan, æøå", "nb"));
    assert_eq!(
        moved["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap(),
        first["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
            + 2
    );
    assert_eq!(moved["partialFingerprints"]["kplan/v1"], print);
}

/// A finding's file name, line, start and end column.
type Place = (String, u64, u64, u64);

/// Every finding's place in `--format json` and in `--format sarif`.
fn places(dir: &Path) -> (Vec<Place>, Vec<Place>) {
    let run = |format: &str| {
        let out = assert_cmd::Command::cargo_bin("kplan")
            .unwrap()
            .env_remove("GITHUB_ACTIONS")
            .args(["check", "--today", "2026-11-27", "--format", format])
            .arg(dir)
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let json = run("json")["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["range"].is_object())
        .map(|d| {
            let r = &d["range"];
            (
                d["file"].as_str().unwrap().to_owned(),
                r["start"]["line"].as_u64().unwrap(),
                r["start"]["column"].as_u64().unwrap(),
                r["end"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let sarif = results(&run("sarif"))
        .iter()
        .filter_map(|r| {
            let p = &r["locations"][0]["physicalLocation"];
            let region = p.get("region")?;
            let uri = p["artifactLocation"]["uri"].as_str().unwrap();
            Some((
                uri.rsplit('/').next().unwrap().to_owned(),
                region["startLine"].as_u64().unwrap(),
                region["startColumn"].as_u64().unwrap(),
                region["endColumn"].as_u64().unwrap(),
            ))
        })
        .collect();
    (json, sarif)
}

/// Issue 15: plan files saved with Windows line endings (CRLF) give the same lines and columns
/// as with LF, in YAML and TOML alike, in JSON and SARIF.
#[test]
fn crlf_files_keep_exact_lines_and_columns() {
    let lf = plan_with_many_findings();
    // A finding in the TOML manifest too: an unknown key.
    common::append(&lf.path().join("kplan.toml"), "\n[render]\nlogoo = \"x\"\n");
    let crlf = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(lf.path()).unwrap() {
        let entry = entry.unwrap();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        std::fs::write(
            crlf.path().join(entry.file_name()),
            text.replace("\r\n", "\n").replace('\n', "\r\n"),
        )
        .unwrap();
    }
    let (json_lf, sarif_lf) = places(lf.path());
    let (json_crlf, sarif_crlf) = places(crlf.path());
    assert!(
        json_lf.iter().any(|p| p.0 == "kplan.toml")
            && json_lf.iter().any(|p| p.0.ends_with(".yaml")),
        "{json_lf:?}"
    );
    assert!(json_lf.len() >= 5, "{json_lf:?}");
    assert_eq!(json_crlf, json_lf);
    assert_eq!(sarif_crlf, sarif_lf);
}
