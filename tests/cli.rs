//! Command-line cases: each `tests/cmd/*.toml` or `*.trycmd` file is a command with its expected
//! exit status and output, run against the bundled examples and fixture folders. Adding a case
//! needs no Rust. Update expected output with `TRYCMD=overwrite cargo test --test cli` and review
//! the diff like code.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env("GITHUB_ACTIONS", "false")
        .env("KPLAN_LANG", "")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.trycmd");
}

fn kplan() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("GITHUB_ACTIONS")
        .env_remove("KPLAN_TODAY")
        .env_remove("KPLAN_LANG")
        .env_remove("NO_COLOR");
    cmd
}

/// A bokmål plan reports in bokmål; `--lang en` gives English, `KPLAN_LANG` another language
/// (`--lang` wins), a blank `KPLAN_LANG` is no choice and an unknown one stops the run.
#[test]
fn findings_speak_the_plans_language_unless_told_otherwise() {
    let run = |args: &[&str], env: Option<&str>| {
        let mut cmd = kplan();
        cmd.args([
            "check",
            "tests/cmd/unknown-reference",
            "--today",
            "2026-11-27",
        ])
        .args(args);
        if let Some(value) = env {
            cmd.env("KPLAN_LANG", value);
        }
        let out = cmd.output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        (out.status.code(), text)
    };
    let (code, text) = run(&[], None);
    assert_eq!(code, Some(1));
    assert!(text.contains("tiltak T1 viser til `assistenter`"), "{text}");
    assert!(text.contains("hjelp: mente du `assistent`?"), "{text}");
    assert!(text.contains("1 feil, 0 advarsler i 3 filer"), "{text}");
    let (_, text) = run(&["--lang", "en"], None);
    assert!(
        text.contains("measure T1 refers to `assistenter`"),
        "{text}"
    );
    assert!(text.contains("help: did you mean `assistent`?"), "{text}");
    let (_, text) = run(&[], Some(" NN "));
    assert!(text.contains("1 feil, 0 åtvaringar"), "{text}");
    let (_, text) = run(&["--lang", "en"], Some("nn"));
    assert!(text.contains("1 error, 0 warnings"), "{text}");
    let (_, text) = run(&[], Some(""));
    assert!(text.contains("1 feil, 0 advarsler"), "{text}");
    let (code, text) = run(&[], Some("xx"));
    assert_eq!(code, Some(2));
    assert!(text.contains("`KPLAN_LANG=xx` er ikke et språk"), "{text}");
}

#[test]
fn github_format_is_chosen_under_github_actions_and_kplan_today_pins_the_date() {
    let out = kplan()
        .args(["check", "tests/cmd/measure-overdue"])
        .env("GITHUB_ACTIONS", "true")
        .env("KPLAN_TODAY", "2026-11-27")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.starts_with("::warning file=tests/cmd/measure-overdue/plan.yaml,line=77,"),
        "{stdout}"
    );
    assert!(
        stdout.contains("(dagens dato er 27.\u{a0}november\u{a0}2026)"),
        "{stdout}"
    );
    // A day earlier the measure is not yet overdue.
    let out = kplan()
        .args(["check", "tests/cmd/measure-overdue", "--format", "json"])
        .env("KPLAN_TODAY", "2026-11-26")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("\"warning_count\": 0")
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let run = |args: &[&str], no_color: bool| {
        let mut cmd = kplan();
        cmd.args([
            "check",
            "tests/cmd/unknown-reference",
            "--today",
            "2026-11-27",
        ])
        .args(args);
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    assert!(run(&["--color", "always"], false).contains("\x1b["));
    assert!(
        !run(&[], false).contains("\x1b["),
        "not a terminal: no colour"
    );
    assert!(!run(&["--color", "never"], false).contains("\x1b["));
    assert!(!run(&[], true).contains("\x1b["));
}

#[test]
fn explain_speaks_the_language_of_the_plan_around_it() {
    let first_line = |dir: &str, args: &[&str]| {
        let out = kplan()
            .current_dir(dir)
            .args(["explain", "unused"])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let root = env!("CARGO_MANIFEST_DIR");
    assert_eq!(
        first_line(&format!("{root}/examples/fjordvik-oppvekst"), &[]),
        "# `unused` (åtvaring)"
    );
    assert_eq!(
        first_line(&format!("{root}/examples/testvik-helse"), &[]),
        "# `unused` (advarsel)"
    );
    assert_eq!(
        first_line(&format!("{root}/examples/testvik-helse"), &["--lang", "en"]),
        "# `unused` (warning)"
    );
    assert_eq!(
        first_line(root, &[]),
        "# `unused` (warning)",
        "outside a plan: English"
    );
}

/// `indicator-not-measured` waits for a year's statistics until 1 July of the year after: a plan
/// checked in January does not turn red for figures that are not out yet.
#[test]
fn indicator_figures_are_due_from_1_july_of_the_year_after() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/testvik-helse");
    let codes = |today: &str| {
        let out = kplan()
            .args(["check", "--format", "json", "--today", today])
            .arg(&example)
            .output()
            .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "indicator-not-measured")
            .count()
    };
    assert_eq!(
        codes("2027-01-15"),
        0,
        "2026's figures are not due in January"
    );
    assert_eq!(codes("2027-06-30"), 0, "nor in June");
    assert!(codes("2027-07-01") > 0, "from 1 July they are");
}
