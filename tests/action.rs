//! The GitHub Action (`action.yml`, `action/*.sh`) run as the runner runs it, with a release
//! folder on disk in place of GitHub's releases (`KPLAN_RELEASES_URL=file://…`): the archive for
//! the runner is downloaded and checked against its SHA-256, a wrong one stops the run, and the
//! check step checks every plan of `path`, keeps the worst exit status and writes the summary
//! and SARIF files (issue 15, item 2). Unix only: the action's steps are bash.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runner's `RUNNER_ARCH` for this machine and the release target it downloads.
fn runner() -> (&'static str, &'static str) {
    match std::env::consts::ARCH {
        "aarch64" => ("ARM64", "aarch64-unknown-linux-musl"),
        _ => ("X64", "x86_64-unknown-linux-musl"),
    }
}

/// A release folder `releases/download/v<version>/` (and `latest/download/`) with the archive
/// dist makes for this runner: `kplan-<target>/kplan` (here a script that prints a version),
/// and its `.sha256` beside it.
fn release(dir: &Path, version: &str) -> PathBuf {
    let (_, target) = runner();
    let releases = dir.join("releases");
    for sub in [format!("download/v{version}"), "latest/download".to_owned()] {
        let at = releases.join(sub);
        let stage = dir.join("stage").join(format!("kplan-{target}"));
        std::fs::create_dir_all(&stage).unwrap();
        std::fs::write(
            stage.join("kplan"),
            format!("#!/bin/sh\necho \"kplan {version}\"\n"),
        )
        .unwrap();
        std::fs::create_dir_all(&at).unwrap();
        let archive = at.join(format!("kplan-{target}.tar.xz"));
        let status = Command::new("tar")
            .arg("-cJf")
            .arg(&archive)
            .arg("-C")
            .arg(dir.join("stage"))
            .arg(format!("kplan-{target}"))
            .status()
            .unwrap();
        assert!(status.success());
        let sum = Command::new("sha256sum").arg(&archive).output().unwrap();
        let hash = String::from_utf8(sum.stdout).unwrap();
        std::fs::write(
            at.join(format!("kplan-{target}.tar.xz.sha256")),
            format!(
                "{}  kplan-{target}.tar.xz\n",
                hash.split_whitespace().next().unwrap()
            ),
        )
        .unwrap();
    }
    releases
}

struct Step {
    status: i32,
    stdout: String,
    /// `GITHUB_PATH`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` after the step.
    path: String,
    output: String,
    summary: String,
    /// `RUNNER_TEMP`, kept until the test has read what the step left there.
    _temp: tempfile::TempDir,
}

/// Runs `action/<script>` as the runner would, in `cwd`, with `env` and fresh runner files.
fn step(script: &str, cwd: &Path, env: &[(&str, &str)], extra_path: Option<&Path>) -> Step {
    let runner_dir = tempfile::tempdir().unwrap();
    let files = ["path", "output", "summary"].map(|f| runner_dir.path().join(f));
    for f in &files {
        std::fs::write(f, "").unwrap();
    }
    let (arch, _) = runner();
    let mut path = std::env::var("PATH").unwrap_or_default();
    if let Some(dir) = extra_path {
        path = format!("{}:{path}", dir.display());
    }
    let out = Command::new("bash")
        .arg(common::root().join("action").join(script))
        .current_dir(cwd)
        .env_clear()
        .env("PATH", path)
        .env("HOME", runner_dir.path())
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", arch)
        .env("RUNNER_TEMP", runner_dir.path())
        .env("GITHUB_PATH", &files[0])
        .env("GITHUB_OUTPUT", &files[1])
        .env("GITHUB_STEP_SUMMARY", &files[2])
        .env("GITHUB_ACTIONS", "true")
        .env("KPLAN_REPOSITORY", "kplan-no/kplan")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let read = |f: &PathBuf| std::fs::read_to_string(f).unwrap();
    Step {
        status: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap(),
        path: read(&files[0]),
        output: read(&files[1]),
        summary: read(&files[2]),
        _temp: runner_dir,
    }
}

#[test]
fn the_binary_for_the_runner_is_downloaded_checked_and_put_on_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let releases = release(dir.path(), "0.3.1");
    let url = format!("file://{}", releases.display());
    let (_, target) = runner();

    // The action's own tag names the version.
    let s = step(
        "install.sh",
        dir.path(),
        &[
            ("KPLAN_RELEASES_URL", &url),
            ("KPLAN_ACTION_REF", "v0.3.1"),
            ("KPLAN_VERSION", ""),
        ],
        None,
    );
    assert_eq!(s.status, 0, "{}", s.stdout);
    assert!(
        s.stdout
            .contains(&format!("download/v0.3.1/kplan-{target}.tar.xz")),
        "{}",
        s.stdout
    );
    assert!(s.stdout.contains("kplan 0.3.1"), "it runs: {}", s.stdout);
    let bin = PathBuf::from(s.path.trim());
    assert!(bin.join("kplan").is_file(), "{}", s.path);

    // A moving tag (v1) or a branch takes the latest release; `version` wins over the tag.
    for (reference, version, expect) in [
        ("v1", "", "latest/download/"),
        ("main", "latest", "latest/download/"),
        ("v1", "0.3.1", "download/v0.3.1/"),
    ] {
        let s = step(
            "install.sh",
            dir.path(),
            &[
                ("KPLAN_RELEASES_URL", &url),
                ("KPLAN_ACTION_REF", reference),
                ("KPLAN_VERSION", version),
            ],
            None,
        );
        assert_eq!(s.status, 0, "{}", s.stdout);
        assert!(
            s.stdout.contains(expect),
            "{reference} {version}: {}",
            s.stdout
        );
    }

    // A bad version, an unknown runner and an archive that does not match its checksum stop it.
    let s = step(
        "install.sh",
        dir.path(),
        &[
            ("KPLAN_RELEASES_URL", &url),
            ("KPLAN_VERSION", "1.0; rm -rf /"),
        ],
        None,
    );
    assert_eq!(s.status, 1);
    assert!(
        s.stdout.contains("::error title=kplan::version must be"),
        "{}",
        s.stdout
    );
    let s = step(
        "install.sh",
        dir.path(),
        &[("KPLAN_RELEASES_URL", &url), ("RUNNER_OS", "Plan9")],
        None,
    );
    assert_eq!(s.status, 1);
    assert!(
        s.stdout.contains("no kplan release is built for Plan9"),
        "{}",
        s.stdout
    );
    let archive = releases.join(format!("latest/download/kplan-{target}.tar.xz"));
    let mut bytes = std::fs::read(&archive).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&archive, bytes).unwrap();
    let s = step(
        "install.sh",
        dir.path(),
        &[("KPLAN_RELEASES_URL", &url), ("KPLAN_VERSION", "latest")],
        None,
    );
    assert_eq!(s.status, 1, "{}", s.stdout);
    assert!(
        s.stdout.contains("does not match its SHA-256"),
        "{}",
        s.stdout
    );
    assert_eq!(s.path, "", "nothing is put on the path");
    // Only https and file: a plain http mirror is refused.
    let s = step(
        "install.sh",
        dir.path(),
        &[("KPLAN_RELEASES_URL", "http://example.invalid/releases")],
        None,
    );
    assert_eq!(s.status, 1);
}

#[test]
fn the_check_step_checks_every_plan_and_keeps_the_worst_status() {
    let repo = tempfile::tempdir().unwrap();
    let good = repo.path().join("planer/helse og omsorg");
    let bad = repo.path().join("planer/oppvekst");
    for plan in [&good, &bad] {
        std::fs::create_dir_all(plan).unwrap();
        common::copy_base_plan(plan);
    }
    common::name_an_unknown_role(&bad);
    let kplan = PathBuf::from(env!("CARGO_BIN_EXE_kplan"));
    let bin = kplan.parent().unwrap();
    let paths = "planer/helse og omsorg\r\n  planer/oppvekst  \n\n";

    let s = step(
        "check.sh",
        repo.path(),
        &[("KPLAN_PATHS", paths), ("KPLAN_FORMAT", "github")],
        Some(bin),
    );
    assert_eq!(s.status, 0, "the step itself succeeds: {}", s.stdout);
    assert_eq!(s.output, "status=1\n");
    assert!(
        s.stdout
            .contains("::group::kplan check planer/helse og omsorg"),
        "{}",
        s.stdout
    );
    assert!(
        s.stdout
            .contains("::error file=planer/oppvekst/measures.yaml,line=7"),
        "{}",
        s.stdout
    );
    let sections: Vec<&str> = s
        .summary
        .lines()
        .filter(|l| l.starts_with("### "))
        .collect();
    assert_eq!(
        sections,
        [
            "### ✅ kplan check: Kompetanseplan for testing (planer/helse og omsorg)",
            "### ❌ kplan check: Kompetanseplan for testing (planer/oppvekst)",
        ]
    );

    // SARIF: one file per plan, each its own category.
    let s = step(
        "check.sh",
        repo.path(),
        &[("KPLAN_PATHS", paths), ("KPLAN_FORMAT", "sarif")],
        Some(bin),
    );
    let dir = s
        .output
        .lines()
        .find_map(|l| l.strip_prefix("sarif-dir="))
        .expect("the SARIF folder");
    let mut categories = Vec::new();
    for n in [1, 2] {
        let log: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(Path::new(dir).join(format!("plan-{n}.sarif"))).unwrap(),
        )
        .unwrap();
        categories.push(log["runs"][0]["automationDetails"]["id"].clone());
    }
    assert_eq!(
        categories,
        ["kplan/planer/helse og omsorg/", "kplan/planer/oppvekst/"]
    );
    assert!(s.output.ends_with("status=1\n"), "{}", s.output);

    // --deny-warnings, a plan that cannot be checked, and wrong inputs.
    let s = step(
        "check.sh",
        repo.path(),
        &[
            ("KPLAN_PATHS", "planer/helse og omsorg\nno-such-plan"),
            ("KPLAN_DENY_WARNINGS", "true"),
        ],
        Some(bin),
    );
    assert_eq!(s.output, "status=2\n", "{}", s.stdout);
    for (name, value) in [("KPLAN_FORMAT", "json"), ("KPLAN_DENY_WARNINGS", "yes")] {
        let s = step("check.sh", repo.path(), &[(name, value)], Some(bin));
        assert_eq!(s.output, "status=2\n", "{name}={value}");
        assert!(s.stdout.contains("::error title=kplan::"), "{}", s.stdout);
    }
    let s = step(
        "check.sh",
        repo.path(),
        &[("KPLAN_PATHS", " \n")],
        Some(bin),
    );
    assert_eq!(s.output, "status=2\n");
    assert!(s.stdout.contains("names no plan folder"), "{}", s.stdout);
}

/// On a Windows runner the archive is dist's flat zip with `kplan.exe` in it (unpacked here with
/// `unzip`, as Git Bash on GitHub's Windows runners has it).
#[test]
fn a_windows_runner_gets_the_zip_and_kplan_exe() {
    if Command::new("unzip").arg("-v").output().is_err()
        || Command::new("zip").arg("-v").output().is_err()
    {
        eprintln!("skipped: zip and unzip are needed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path().join("releases/download/v0.3.1");
    std::fs::create_dir_all(&at).unwrap();
    let stage = dir.path().join("stage");
    std::fs::create_dir_all(&stage).unwrap();
    std::fs::write(stage.join("kplan.exe"), "#!/bin/sh\necho \"kplan 0.3.1\"\n").unwrap();
    std::fs::write(stage.join("README.md"), "kplan\n").unwrap();
    let archive = at.join("kplan-x86_64-pc-windows-msvc.zip");
    let status = Command::new("zip")
        .current_dir(&stage)
        .arg("-q")
        .arg(&archive)
        .args(["kplan.exe", "README.md"])
        .status()
        .unwrap();
    assert!(status.success());
    let sum = Command::new("sha256sum").arg(&archive).output().unwrap();
    std::fs::write(
        at.join("kplan-x86_64-pc-windows-msvc.zip.sha256"),
        String::from_utf8(sum.stdout)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap(),
    )
    .unwrap();
    let url = format!("file://{}", dir.path().join("releases").display());
    let s = step(
        "install.sh",
        dir.path(),
        &[
            ("KPLAN_RELEASES_URL", &url),
            ("KPLAN_VERSION", "0.3.1"),
            ("RUNNER_OS", "Windows"),
            ("RUNNER_ARCH", "X64"),
        ],
        None,
    );
    assert_eq!(s.status, 0, "{}", s.stdout);
    assert!(
        s.stdout.contains("kplan-x86_64-pc-windows-msvc.zip"),
        "{}",
        s.stdout
    );
    assert!(
        PathBuf::from(s.path.trim()).join("kplan.exe").is_file(),
        "{}",
        s.path
    );
}
