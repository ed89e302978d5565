//! `personal-data` against identity numbers hidden by formatting (a YAML fold, escapes, a line
//! continuation, full-width digits) and against `[checks]` turning the rule off, through
//! `kplan check` in every output format.

mod common;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

/// A valid synthetic fødselsnummer (01.01.90), the same as in the rule's fixture.
const NUMBER: &str = "01019010046";

/// Runs `kplan check` on `dir` in `format` and returns (exit code, stdout).
fn check(dir: &Path, format: &str) -> (i32, String) {
    let out = Command::cargo_bin("kplan")
        .unwrap()
        .args(["check", "--color", "never", "--today", "2026-11-27"])
        .args(["--format", format])
        .arg(dir)
        .env_remove("GITHUB_ACTIONS")
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "kplan panicked: {stderr}");
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The base plan with one more file, `name`, holding `text`.
fn plan_with(name: &str, text: &str) -> tempfile::TempDir {
    let dir = common::base_plan();
    std::fs::write(dir.path().join(name), text).unwrap();
    dir
}

/// The `personal-data` findings of `dir` as (file, start byte, end byte), after checking that
/// kplan fails and that no output format shows the number: its digits are masked in snippets and
/// messages show only the first two.
fn personal_data(dir: &Path) -> Vec<(String, u64, u64)> {
    for format in ["human", "github", "sarif", "json"] {
        let (status, out) = check(dir, format);
        assert_eq!(status, 1, "{format}: {out}");
        // Digits of any script count as the number; the rule's documentation (in SARIF) shows
        // the date part of its example, `010190xxxxx`.
        let ascii: String = out
            .replace("010190xxxxx", "")
            .chars()
            .map(|c| match c {
                '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (c as u32 - 0xff10) as u8),
                c => c,
            })
            .collect();
        for part in [&NUMBER[..6], &NUMBER[6..], &NUMBER[2..]] {
            assert!(
                !ascii.contains(part),
                "{format} output shows `{part}` of the number:\n{out}"
            );
        }
    }
    let (_, out) = check(dir, "json");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "personal-data")
        .map(|d| {
            assert_eq!(d["severity"], "error");
            (
                d["file"].as_str().unwrap().to_owned(),
                d["range"]["start"]["byte"].as_u64().unwrap(),
                d["range"]["end"]["byte"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The byte range of the first `needle` in `text`.
fn range_of(text: &str, needle: &str) -> (u64, u64) {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {text:?}"));
    (start as u64, (start + needle.len()) as u64)
}

fn assert_one_at(dir: &Path, file: &str, text: &str, needle: &str) {
    let (start, end) = range_of(text, needle);
    assert_eq!(personal_data(dir), vec![(file.to_owned(), start, end)]);
}

#[test]
fn number_split_by_a_yaml_fold() {
    let text = "ambitions:\n  - id: A9\n    title: >-\n      Deltaker 010190\n      10046 er med\n";
    let dir = plan_with("pii.yaml", text);
    // Found in the raw text (exactly where it is written) and in the folded value: reported once.
    assert_one_at(dir.path(), "pii.yaml", text, "010190\n      10046");
}

#[test]
fn number_in_a_plain_scalar_folded_over_two_lines() {
    let text = "ambitions:\n  - id: A9\n    title: Deltaker 010190\n      10046 er med\n";
    let dir = plan_with("pii.yaml", text);
    assert_one_at(dir.path(), "pii.yaml", text, "010190\n      10046");
}

#[test]
fn number_written_with_yaml_hex_escapes() {
    let text = "ambitions:\n  - id: A9\n    title: \"Deltaker \\x30\\x31019010046\"\n";
    let dir = plan_with("pii.yaml", text);
    // Only the parsed value shows the number: the finding is at the whole value.
    assert_one_at(
        dir.path(),
        "pii.yaml",
        text,
        "\"Deltaker \\x30\\x31019010046\"",
    );
}

#[test]
fn number_split_by_a_yaml_line_continuation() {
    let text = "ambitions:\n  - id: A9\n    title: \"Deltaker 010190\\\n      10046\"\n";
    let dir = plan_with("pii.yaml", text);
    assert_one_at(
        dir.path(),
        "pii.yaml",
        text,
        "\"Deltaker 010190\\\n      10046\"",
    );
}

#[test]
fn number_in_full_width_digits_in_toml() {
    let full_width: String = NUMBER
        .chars()
        .map(|c| char::from_u32(0xff10 + c.to_digit(10).unwrap()).unwrap())
        .collect();
    let text = format!("[[ambitions]]\nid = \"A9\"\ntitle = \"Deltaker {full_width}\"\n");
    let dir = plan_with("pii.toml", &text);
    assert_one_at(dir.path(), "pii.toml", &text, &full_width);
}

#[test]
fn number_written_with_toml_unicode_escapes() {
    let text = "[[ambitions]]\nid = \"A9\"\ntitle = \"Deltaker \\u0030\\u0031019010046\"\n";
    let dir = plan_with("pii.toml", text);
    assert_one_at(
        dir.path(),
        "pii.toml",
        text,
        "\"Deltaker \\u0030\\u0031019010046\"",
    );
}

#[test]
fn number_written_with_a_spaced_dash() {
    // The common hand-written `DDMMYY - NNNNN`: three characters between the groups.
    let text = "ambitions:\n  - id: A9\n    title: Deltaker 010190 - 10046 er med\n";
    let dir = plan_with("pii.yaml", text);
    assert_one_at(dir.path(), "pii.yaml", text, "010190 - 10046");
    // Never printed in full, in either form, in the human or JSON report.
    for format in ["human", "json"] {
        let (_, out) = check(dir.path(), format);
        for shown in ["010190 - 10046", "010190-10046", NUMBER, &NUMBER[6..]] {
            assert!(!out.contains(shown), "{format} shows `{shown}`:\n{out}");
        }
    }
}

#[test]
fn two_numbers_in_one_value_are_both_reported() {
    // One number as written, one only after decoding: the first must not hide the second.
    let text = "ambitions:\n  - id: A9\n    title: \"01019010046 og \\x30\\x31019010046\"\n";
    let dir = plan_with("pii.yaml", text);
    let found = personal_data(dir.path());
    let (start, end) = range_of(text, "\"01019010046 og \\x30\\x31019010046\"");
    assert_eq!(
        found,
        vec![
            ("pii.yaml".to_owned(), start, end),
            ("pii.yaml".to_owned(), start + 1, start + 12),
        ]
    );
}

/// The base plan with a number in a text value and `[checks] personal-data = level`.
fn plan_with_level(level: &str) -> (tempfile::TempDir, String) {
    let dir = plan_with(
        "pii.yaml",
        "ambitions:\n  - id: A9\n    title: Deltaker 01019010046\n",
    );
    let manifest = dir.path().join("kplan.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = text.replace(
        "[plan.revision]",
        &format!("[checks]\npersonal-data = \"{level}\"\n\n[plan.revision]"),
    );
    std::fs::write(&manifest, &text).unwrap();
    (dir, text)
}

fn assert_cannot_be_lowered(level: &str) {
    let (dir, manifest) = plan_with_level(level);
    assert_eq!(
        personal_data(dir.path()).len(),
        1,
        "the rule stays an error"
    );
    let (_, out) = check(dir.path(), "json");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let schema: Vec<_> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "schema")
        .collect();
    assert_eq!(schema.len(), 1, "{out}");
    let (start, end) = range_of(&manifest, &format!("\"{level}\""));
    assert_eq!(schema[0]["file"], "kplan.toml");
    assert_eq!(schema[0]["range"]["start"]["byte"], start);
    assert_eq!(schema[0]["range"]["end"]["byte"], end);
    assert!(
        schema[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("`personal-data` kan ikke slås av eller senkes: "),
        "{out}"
    );
}

#[test]
fn personal_data_cannot_be_turned_off() {
    assert_cannot_be_lowered("off");
}

#[test]
fn personal_data_cannot_be_lowered_to_a_warning() {
    assert_cannot_be_lowered("warning");
}

#[test]
fn personal_data_may_be_named_an_error() {
    let (dir, _) = plan_with_level("error");
    assert_eq!(personal_data(dir.path()).len(), 1);
    let (_, out) = check(dir.path(), "json");
    assert!(!out.contains("\"schema\""), "{out}");
}
