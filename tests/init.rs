//! `kplan init`: every language × format scaffold passes `kplan check` with no error or warning (only
//! notes on its example texts) before its period and renders; existing files are never replaced;
//! missing options are defaulted with a note.

use std::path::Path;

use assert_cmd::Command;

fn kplan() -> Command {
    let mut cmd = Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("KPLAN_TODAY").env_remove("GITHUB_ACTIONS");
    cmd
}

fn init(dir: &Path, lang: &str, format: &str) {
    kplan()
        .args(["init", "-q"])
        .arg(dir)
        .args(["--municipality", "Testvik kommune", "--number", "4699"])
        .args(["--scope", "Helse og omsorg", "--period", "2026-2029"])
        .args(["--lang", lang, "--format", format])
        .assert()
        .success();
}

#[test]
fn every_scaffold_passes_the_checks_and_renders() {
    for lang in ["nb", "nn", "en"] {
        for format in ["yaml", "toml"] {
            let dir = tempfile::tempdir().unwrap();
            init(dir.path(), lang, format);
            // A day before the period 2026–2029 starts: the only findings are the notes on the
            // example texts.
            let out = kplan()
                .args(["check", "--format", "json", "--today", "2025-11-27"])
                .arg(dir.path())
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                stdout.contains("\"error_count\": 0") && stdout.contains("\"warning_count\": 0"),
                "{lang}/{format} scaffold has findings:\n{stdout}"
            );
            assert_eq!(out.status.code(), Some(0));
            let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            let diagnostics = doc["diagnostics"].as_array().unwrap();
            assert!(
                !diagnostics.is_empty(),
                "{lang}/{format}: no example-text note"
            );
            for d in diagnostics {
                assert_eq!(
                    (d["code"].as_str(), d["severity"].as_str()),
                    (Some("example-text"), Some("note")),
                    "{lang}/{format}: {d}"
                );
            }
            // Inside the period the draft is not adopted yet: a warning, besides the notes.
            let out = kplan()
                .args(["check", "--format", "json", "--today", "2026-11-27"])
                .arg(dir.path())
                .output()
                .unwrap();
            let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let warnings: Vec<&str> = doc["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["severity"] != "note")
                .filter_map(|d| d["code"].as_str())
                .collect();
            assert_eq!(warnings, ["not-adopted"], "{lang}/{format} in its period");
            assert_eq!(doc["error_count"], 0, "{lang}/{format} in its period");
            kplan()
                .args(["render", "-q", "--today", "2026-11-27"])
                .arg(dir.path())
                .assert()
                .success();
            assert!(dir.path().join("build/plan.html").is_file());
            // Editor hints point at the schemas written beside the plan.
            let manifest = std::fs::read_to_string(dir.path().join("kplan.toml")).unwrap();
            assert!(manifest.starts_with("#:schema ./schemas/kplan.schema.json"));
            for entry in std::fs::read_dir(dir.path()).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if name.starts_with(char::is_numeric) {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let hint = if format == "yaml" {
                        "# yaml-language-server: $schema=./schemas/plan.schema.json"
                    } else {
                        "#:schema ./schemas/plan.schema.json"
                    };
                    assert!(text.starts_with(hint), "{name} lacks the schema hint");
                }
            }
            for file in [
                ".gitignore",
                "README.md",
                ".github/workflows/kplan.yml",
                "schemas/plan.schema.json",
            ] {
                assert!(
                    dir.path().join(file).is_file(),
                    "{lang}/{format}: {file} missing"
                );
            }
        }
    }
}

#[test]
fn never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), "mine").unwrap();
    // A folder with files needs --force…
    kplan()
        .args(["init", "--lang", "nb", "--format", "yaml"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--force"));
    // …and even with --force an existing file is not replaced: nothing is written at all.
    kplan()
        .args(["init", "--force", "--lang", "nb", "--format", "yaml"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("README.md"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing else was written"
    );
    // With no clash, --force adds the plan beside the existing file.
    std::fs::rename(dir.path().join("README.md"), dir.path().join("notater.md")).unwrap();
    kplan()
        .args(["init", "-q", "--force", "--lang", "nb", "--format", "yaml"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notater.md")).unwrap(),
        "mine"
    );
    assert!(dir.path().join("kplan.toml").is_file());
}

#[test]
fn missing_options_are_defaulted_with_a_note_when_not_interactive() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ny-plan");
    kplan()
        .arg("init")
        .arg(&plan)
        .write_stdin("")
        .assert()
        .success()
        .stderr(predicates::str::contains("note: no --municipality given"));
    kplan()
        .args(["check", "--today", "2026-11-27"])
        .arg(&plan)
        .assert()
        .success();
}

#[test]
fn bad_options_are_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    for (flag, value) in [
        ("--number", "12345"),
        ("--period", "2028-2025"),
        ("--period", "neste år"),
    ] {
        kplan()
            .args(["init", "--lang", "nb", "--format", "yaml", flag, value])
            .arg(dir.path().join("p"))
            .assert()
            .code(2);
    }
    assert!(!dir.path().join("p").exists());
}
