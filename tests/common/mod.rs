//! Helpers shared by the integration suites.
#![allow(dead_code)] // each suite uses a part of the helpers

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the base fixture plan (`tests/rules/_base`, no findings) into `dir`.
pub fn copy_base_plan(dir: &Path) {
    for name in ["kplan.toml", "plan.yaml"] {
        std::fs::copy(root().join("tests/rules/_base").join(name), dir.join(name)).unwrap();
    }
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
/// set to `payload`. Both files write the placeholder as a double-quoted string, with the same
/// escapes in YAML and TOML.
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
    plan
}
