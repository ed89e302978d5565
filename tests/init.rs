//! `kplan init`: every language × format scaffold passes `kplan check` with no error or warning (only
//! notes on its example texts) before its period and renders; existing files are never replaced;
//! missing options are defaulted with a note; wrong answers are asked again with the reason.

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
    std::fs::write(dir.path().join("notater.md"), "mine").unwrap();
    // A folder with files needs --force…
    kplan()
        .args(["init", "--lang", "nb", "--format", "yaml"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--force"));
    // …and even with --force an existing file is not replaced: nothing is written at all.
    std::fs::write(dir.path().join("kplan.toml"), "mine").unwrap();
    kplan()
        .args(["init", "--force", "--lang", "nb", "--format", "yaml"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("disse filene finnes allerede"))
        .stderr(predicates::str::contains("kplan.toml"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("kplan.toml")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "nothing else was written"
    );
    // With no clash, --force adds the plan beside the existing file.
    std::fs::remove_file(dir.path().join("kplan.toml")).unwrap();
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

/// A repository just created on GitHub (or with `git init`) holds `.git`, a README, perhaps a
/// licence and a `.gitignore`: it counts as empty, and its README and `.gitignore` are kept.
#[test]
fn a_new_repository_counts_as_empty_and_keeps_its_readme() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    kplan()
        .args(["init", "-q", "--lang", "nb", "--format", "yaml"])
        .arg(dir.path().join(""))
        .assert()
        .success();
    assert!(dir.path().join("README.md").is_file());

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    for (name, text) in [("README.md", "# Kompetanseplan\n"), ("LICENSE", "MIT\n")] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::write(dir.path().join(".gitignore"), "*.tmp\n").unwrap();
    let out = kplan()
        .args(["init", "--lang", "nb", "--format", "yaml"])
        .args([
            "--municipality",
            "Testvik kommune",
            "--scope",
            "Helse og omsorg",
        ])
        .args(["--period", "2026-2029"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("råd: README.md finnes allerede og ble stående som den er; kplans veiledning til planen står i README-kplan.md"),
        "{stderr}"
    );
    assert!(stderr.contains("legg til linjen `/build/`"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        "# Kompetanseplan\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".gitignore")).unwrap(),
        "*.tmp\n"
    );
    let readme = std::fs::read_to_string(dir.path().join("README-kplan.md")).unwrap();
    assert!(readme.contains("Testvik kommune"), "{readme}");
}

#[test]
fn missing_options_are_defaulted_with_a_note_when_not_interactive() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ny-plan");
    let out = kplan()
        .arg("init")
        .arg(&plan)
        .write_stdin("")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Each note says what was chosen and how to choose otherwise next time.
    for note in [
        "råd: --municipality var ikke oppgitt, så planen bruker «Eksempel kommune»: endre det i kplan.toml, eller oppgi --municipality neste gang",
        "råd: --format var ikke oppgitt, så planfilene er YAML: for TOML kjører du `kplan init` på nytt i en tom mappe med --format toml",
        "råd: --lang var ikke oppgitt, så planen er skrevet på bokmål",
    ] {
        assert!(stderr.contains(note), "{note}\n{stderr}");
    }
    kplan()
        .args(["check", "--today", "2026-11-27"])
        .arg(&plan)
        .assert()
        .success();
}

#[test]
fn quiet_prints_nothing_but_errors() {
    let dir = tempfile::tempdir().unwrap();
    kplan()
        .args(["init", "-q"])
        .arg(dir.path().join("p"))
        .write_stdin("")
        .assert()
        .success()
        .stdout("")
        .stderr("");
    // An error is still told.
    kplan()
        .args(["init", "-q", "--period", "2029-2026"])
        .arg(dir.path().join("q"))
        .assert()
        .code(2)
        .stderr("feil: startåret (2029) er etter sluttåret (2026): skriv det første året først, f.eks. 2026-2029\n");
}

/// The prompts fed on standard input: every wrong answer is told why and asked again, in the
/// language chosen in the first answer.
#[test]
fn a_wrong_answer_is_asked_again_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("p");
    let out = kplan()
        .args(["init", "--interactive"])
        .arg(&plan)
        .write_stdin(" Nynorsk \nFjordvik kommune\n12345\n46 01\nOppvekst\n2028-2025\n2025-2028\njson\n TOML \n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for line in [
        "`12345` er ikkje eit kommunenummer: skriv dei fire sifra, t.d. 4601, eller la det stå tomt\n",
        "startåret (2028) er etter sluttåret (2025): skriv det første året først, t.d. 2025-2028\n",
        "`json` er ikkje eit filformat kplan les: svar yaml eller toml\n",
    ] {
        assert!(stderr.contains(line), "{line}\n{stderr}");
    }
    assert_eq!(stderr.matches("Planperiode").count(), 2, "{stderr}");
    let manifest = std::fs::read_to_string(plan.join("kplan.toml")).unwrap();
    for expected in [
        "municipality = \"Fjordvik kommune\"",
        "municipality_number = \"4601\"",
        "language = \"nn\"",
        "start = 2025",
    ] {
        assert!(manifest.contains(expected), "{expected}\n{manifest}");
    }
    assert!(plan.join("6-tiltak.toml").is_file());
    // Input that ends on a wrong answer chooses nothing: the reason is the error.
    kplan()
        .args(["init", "--interactive"])
        .arg(dir.path().join("q"))
        .write_stdin("svensk\n")
        .assert()
        .code(2)
        .stderr(predicates::str::ends_with(
            "feil: `svensk` er ikke ett av språkene: svar nb (bokmål), nn (nynorsk) eller en (engelsk)\n",
        ));
    assert!(!dir.path().join("q").exists());
    // Input that ends before the last question: the rest take their defaults, and init says so.
    kplan()
        .args(["init", "--interactive"])
        .arg(dir.path().join("r"))
        .write_stdin("nb\n")
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "råd: inndataene tok slutt før alle spørsmålene var besvart",
        ));
    assert!(dir.path().join("r/kplan.toml").is_file());
}

#[test]
fn the_folder_is_checked_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notater.md"), "mine").unwrap();
    let out = kplan()
        .args(["init", "--interactive"])
        .arg(dir.path())
        .write_stdin("nb\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr.contains("Språk"), "{stderr}");
    assert!(
        stderr.starts_with(&format!("feil: {} er ikke tom", dir.path().display())),
        "{stderr}"
    );
}

#[test]
fn bad_options_are_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    for (flag, value, reason) in [
        ("--number", "12345", "`12345` er ikke et kommunenummer"),
        (
            "--period",
            "2028-2025",
            "startåret (2028) er etter sluttåret (2025)",
        ),
        ("--period", "neste år", "`neste år` er ikke en planperiode"),
    ] {
        kplan()
            .args(["init", "--lang", "nb", "--format", "yaml", flag, value])
            .arg(dir.path().join("p"))
            .assert()
            .code(2)
            .stderr(predicates::str::contains(reason));
    }
    kplan()
        .args(["init", "--lang", "en", "--period", "2028-2025"])
        .arg(dir.path().join("p"))
        .assert()
        .code(2)
        .stderr("error: the start year (2028) is after the end year (2025): write the first year first, e.g. 2025-2028\n");
    assert!(!dir.path().join("p").exists());
}

/// The council parts that the scaffold's `kplan.toml` shows commented out (foreword, decision
/// text, consultation, logo, appendices) are valid once their `#` is removed: with the files
/// they name in place, the plan checks as cleanly as before and the document has them.
#[test]
fn the_commented_council_parts_of_the_manifest_are_valid_when_uncommented() {
    const CODE: &[&str] = &[
        "[plan.foreword]",
        "[plan.adoption]",
        "[plan.consultation]",
        "[[appendices]]",
        "text = ",
        "date = ",
        "signed_by = ",
        "body = ",
        "case = ",
        "decision = ",
        "1. ",
        "\"\"\"",
        "deadline = ",
        "consulted = ",
        "summary = ",
        "logo = ",
        "title = ",
        "file = ",
    ];
    for (lang, foreword) in [("nb", "Forord"), ("nn", "Føreord"), ("en", "Foreword")] {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), lang, "yaml");
        let path = dir.path().join("kplan.toml");
        let manifest = std::fs::read_to_string(&path).unwrap();
        let mut files = Vec::new();
        let uncommented: Vec<String> = manifest
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(code) if CODE.iter().any(|c| code.starts_with(c)) => {
                    for key in ["logo = ", "file = "] {
                        if let Some(value) = code.strip_prefix(key) {
                            files.push(value.trim_matches('"').to_owned());
                        }
                    }
                    code.to_owned()
                }
                _ => line.to_owned(),
            })
            .collect();
        std::fs::write(&path, uncommented.join("\n") + "\n").unwrap();
        assert_eq!(files.len(), 2, "{lang}: {files:?}");
        let logo = dir.path().join(&files[0]);
        std::fs::create_dir_all(logo.parent().unwrap()).unwrap();
        std::fs::write(
            &logo,
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>",
        )
        .unwrap();
        let appendix = dir.path().join(&files[1]);
        std::fs::create_dir_all(appendix.parent().unwrap()).unwrap();
        std::fs::write(&appendix, "Tekst.\n").unwrap();
        let out = kplan()
            .args(["check", "--format", "json", "--today", "2025-11-27"])
            .arg(dir.path())
            .output()
            .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for d in doc["diagnostics"].as_array().unwrap() {
            assert_eq!(d["code"], "example-text", "{lang}: {d}");
        }
        kplan()
            .args(["render", "-q", "--today", "2025-11-27"])
            .arg(dir.path())
            .assert()
            .success();
        let html = std::fs::read_to_string(dir.path().join("build/plan.html")).unwrap();
        for part in [
            format!("<h2 id=\"foreword-heading\">{foreword}</h2>"),
            "<section id=\"decision\"".to_owned(),
            "<h3 id=\"step-2-consultation\">".to_owned(),
            "<img class=\"logo\"".to_owned(),
            "<section id=\"appendix-b\"".to_owned(),
        ] {
            assert!(html.contains(&part), "{lang}: {part}");
        }
    }
}

/// The workflow `init` writes, parsed.
fn workflow(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).expect("the workflow is YAML")
}

/// Issue 15, item 3: the workflow uses the kplan action at this version (no compiling, no
/// placeholder), runs on pull requests and on pushes to the default branch only, and renders the
/// document as an artifact; in a sub-folder of a repository it goes at the repository root
/// (where GitHub reads workflows), with the plan's path in it.
#[test]
fn the_workflow_uses_the_action_and_goes_at_the_repository_root() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    let plan = repo.path().join("planer/helse og omsorg");
    let out = kplan()
        .current_dir(repo.path())
        .args([
            "init",
            "planer/helse og omsorg",
            "--lang",
            "en",
            "--format",
            "yaml",
        ])
        .args([
            "--municipality",
            "Testvik kommune",
            "--scope",
            "Helse",
            "--period",
            "2026-2029",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("wrote .github/workflows/kplan.yml\n"),
        "{stdout}"
    );
    assert!(
        stderr.contains("the workflow is written to .github/workflows/kplan.yml and checks the plan in `planer/helse og omsorg`"),
        "{stderr}"
    );
    assert!(
        !plan.join(".github").exists(),
        "no workflow where GitHub never reads it"
    );
    let wf = workflow(&repo.path().join(".github/workflows/kplan.yml"));
    let on = wf["on"].as_object().unwrap();
    assert!(
        on.contains_key("pull_request") && on.contains_key("push"),
        "{wf}"
    );
    let job = &wf["jobs"]["plan"];
    assert_eq!(
        job["if"],
        "github.event_name != 'push' || github.ref_name == github.event.repository.default_branch"
    );
    let steps = job["steps"].as_array().unwrap();
    let check = steps
        .iter()
        .find(|s| {
            s.get("with").is_some()
                && s["uses"]
                    .as_str()
                    .is_some_and(|u| u.starts_with("kplan-no/"))
        })
        .expect("the kplan action");
    assert_eq!(
        check["uses"],
        format!(
            "{}@v{}",
            env!("CARGO_PKG_REPOSITORY").trim_start_matches("https://github.com/"),
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(check["with"]["path"], "planer/helse og omsorg");
    let text = std::fs::read_to_string(repo.path().join(".github/workflows/kplan.yml")).unwrap();
    for gone in ["cargo install", "YOUR-ORG"] {
        assert!(!text.contains(gone), "{gone} in the workflow");
    }
    assert!(
        steps
            .iter()
            .any(|s| s["run"] == "kplan render \"planer/helse og omsorg\"")
    );
    let upload = steps
        .iter()
        .find(|s| s["uses"] == "actions/upload-artifact@v4")
        .unwrap();
    assert_eq!(upload["with"]["path"], "planer/helse og omsorg/build/");
    // The plan's README points at it.
    let readme = std::fs::read_to_string(plan.join("README.md")).unwrap();
    assert!(
        readme.contains("`../../.github/workflows/kplan.yml`"),
        "{readme}"
    );

    // A second plan gets a workflow of its own; the first is left as it is.
    kplan()
        .current_dir(repo.path())
        .args(["init", "-q", "oppvekst", "--lang", "nb", "--format", "toml"])
        .args([
            "--municipality",
            "Testvik kommune",
            "--scope",
            "Oppvekst",
            "--period",
            "2026-2029",
        ])
        .assert()
        .success();
    let second = workflow(&repo.path().join(".github/workflows/kplan-oppvekst.yml"));
    assert_eq!(
        second["jobs"]["plan"]["steps"][1]["with"]["path"],
        "oppvekst"
    );
    assert_eq!(
        std::fs::read_to_string(repo.path().join(".github/workflows/kplan.yml")).unwrap(),
        text
    );
}

#[test]
fn ci_none_writes_no_workflow_and_a_link_at_the_root_stops_init() {
    let dir = tempfile::tempdir().unwrap();
    kplan()
        .args([
            "init", "-q", "--ci", "none", "--lang", "nb", "--format", "yaml",
        ])
        .arg(dir.path())
        .assert()
        .success();
    assert!(!dir.path().join(".github").exists());
    let readme = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    assert!(!readme.contains("workflows"), "{readme}");

    // The repository root's .github is a link: nothing is written, neither plan nor workflow.
    #[cfg(unix)]
    {
        let repo = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::create_dir(repo.path().join(".git")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), repo.path().join(".github")).unwrap();
        kplan()
            .current_dir(repo.path())
            .args(["init", "-q", "plan", "--lang", "en", "--format", "yaml"])
            .assert()
            .code(2);
        assert!(!repo.path().join("plan").exists());
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    }
}

/// Issue 15, item 4: `kplan init --ci gitlab` writes the GitLab pipeline of docs/gitlab.md with
/// the plan's folder in it: in the plan folder when it is the repository's root, at the root
/// above it otherwise, and beside the plan (for `include:`) when the root has a pipeline of its
/// own, which is left as it is.
#[test]
fn ci_gitlab_writes_the_pipeline_where_gitlab_reads_it() {
    let pipeline = |path: &Path| -> serde_json::Value {
        serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).expect("YAML")
    };
    let alone = tempfile::tempdir().unwrap();
    kplan()
        .args([
            "init", "-q", "--ci", "gitlab", "--lang", "en", "--format", "yaml",
        ])
        .arg(alone.path())
        .assert()
        .success();
    assert!(!alone.path().join(".github").exists());
    let p = pipeline(&alone.path().join(".gitlab-ci.yml"));
    assert_eq!(p["variables"]["KPLAN_PLAN"], ".");
    assert_eq!(p["variables"]["KPLAN_VERSION"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        p["kplan-check"]["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
    let readme = std::fs::read_to_string(alone.path().join("README.md")).unwrap();
    assert!(
        readme.contains("| `.gitlab-ci.yml` | Automatic checks in GitLab CI |"),
        "{readme}"
    );

    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    let init = |folder: &str| {
        kplan()
            .current_dir(repo.path())
            .args([
                "init", folder, "--ci", "gitlab", "--lang", "en", "--format", "yaml",
            ])
            .output()
            .unwrap()
    };
    let out = init("planer/helse");
    assert!(out.status.success());
    let p = pipeline(&repo.path().join(".gitlab-ci.yml"));
    assert_eq!(p["variables"]["KPLAN_PLAN"], "planer/helse");
    let first = std::fs::read_to_string(repo.path().join(".gitlab-ci.yml")).unwrap();

    let out = init("oppvekst");
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("include: [{ local: 'oppvekst/kplan.gitlab-ci.yml' }]"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(repo.path().join(".gitlab-ci.yml")).unwrap(),
        first,
        "the repository's own pipeline is left as it is"
    );
    let p = pipeline(&repo.path().join("oppvekst/kplan.gitlab-ci.yml"));
    assert_eq!(p["variables"]["KPLAN_PLAN"], "oppvekst");
}
