//! Helpers shared by the integration suites.
#![allow(dead_code)] // each suite uses a part of the helpers

use std::path::{Path, PathBuf};

pub mod cases;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// kplan, without the environment that would change what it does (`KPLAN_TODAY`,
/// `GITHUB_ACTIONS`).
pub fn kplan() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("KPLAN_TODAY").env_remove("GITHUB_ACTIONS");
    cmd
}

/// Renders `plan` (HTML and Markdown, `--today 2026-11-27`, with `extra` arguments) into a
/// fresh folder and returns (folder, html, md).
pub fn render_documents(plan: &Path, extra: &[&str]) -> (tempfile::TempDir, String, String) {
    let out = tempfile::tempdir().unwrap();
    kplan()
        .args([
            "render",
            "--format",
            "html,md",
            "--today",
            "2026-11-27",
            "-q",
            "-o",
        ])
        .arg(out.path())
        .arg(plan)
        .args(extra)
        .assert()
        .success();
    let html = std::fs::read_to_string(out.path().join("plan.html")).unwrap();
    let md = std::fs::read_to_string(out.path().join("plan.md")).unwrap();
    (out, html, md)
}

/// The base fixture plan (`tests/rules/_base`, no findings): `kplan.toml` and one file per
/// section, named after it (`needs.yaml` holds `needs`).
pub fn base_dir() -> PathBuf {
    cases::base()
}

/// The names of the base plan's files, sorted (the order kplan reads them in).
pub fn base_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(base_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// Copies the base fixture plan into `dir`.
pub fn copy_base_plan(dir: &Path) {
    for name in base_files() {
        std::fs::copy(base_dir().join(&name), dir.join(&name)).unwrap();
    }
}

/// Replaces the first `from` in the file at `path` by `to`; panics if the file lacks `from`, so
/// an edit aimed at the wrong file fails instead of testing the unedited plan.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Makes the base plan in `plan` have one error: measure T1 names the role `assistenter`, which
/// does not exist (`unknown-reference`, at `measures.yaml:7:19`).
pub fn name_an_unknown_role(plan: &Path) {
    edit(
        &plan.join("measures.yaml"),
        "    target_group: assistent\n",
        "    target_group: assistenter\n",
    );
}

/// Appends `text` to the file at `path`.
pub fn append(path: &Path, text: &str) {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new().append(true).open(path).unwrap();
    file.write_all(text.as_bytes()).unwrap();
}

/// A fresh temporary folder holding the base fixture plan.
pub fn base_plan() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_base_plan(dir.path());
    dir
}

/// Runs git in `repo` with a fixed identity and no signing; panics if it fails.
pub fn git(repo: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(repo)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?} failed");
}

/// The injection fixture (`tests/render/injection`) with every text field, plain and Markdown,
/// set to `payload`. Both plan files write the placeholder as a double-quoted string, with the
/// same escapes in YAML and TOML; the appendix `vedlegg.md` holds the payload as written.
pub fn injection_plan(payload: &str) -> tempfile::TempDir {
    let fixture = root().join("tests/render/injection");
    let plan = tempfile::tempdir().unwrap();
    let escaped = payload
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    for name in ["kplan.toml", "plan.yaml"] {
        let text = std::fs::read_to_string(fixture.join(name)).unwrap();
        std::fs::write(plan.path().join(name), text.replace("@P@", &escaped)).unwrap();
    }
    // The appendix file holds the payload as it is: it is Markdown, not a quoted value.
    let text = std::fs::read_to_string(fixture.join("vedlegg.md")).unwrap();
    std::fs::write(plan.path().join("vedlegg.md"), text.replace("@P@", payload)).unwrap();
    plan
}

/// Copies the plan folder `from` with its subfolders (an example's logo and appendices are in
/// folders) into `to`, leaving out a rendered `build` folder and anything that is not a plain
/// file or folder.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let kind = entry.file_type().unwrap();
        let target = to.join(entry.file_name());
        if kind.is_dir() && entry.file_name() != "build" {
            copy_tree(&entry.path(), &target);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
