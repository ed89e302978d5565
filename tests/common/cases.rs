//! The rule fixtures: `tests/rules/<code>/<case>/` holds a `case.toml` and only the files that
//! differ from the shared base plan `tests/rules/_base` (see `tests/rules/README.md`). Shared by
//! the rules suite and the fuzz corpus.
#![allow(dead_code)] // each suite uses a part

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the file that describes a case; it is never a plan file.
pub const CASE_FILE: &str = "case.toml";

/// `tests/rules`.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// `tests/rules/_base`: the plan every case starts from (no findings).
pub fn base() -> PathBuf {
    fixtures().join("_base")
}

/// What a `case.toml` says.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    /// One line: what the case shows.
    about: String,
    /// The codes the case's findings must have, each at least once and no other.
    expect: Vec<String>,
    /// Base files the case leaves out.
    #[serde(default)]
    remove: Vec<String>,
    /// The case's findings are snapshotted as human text too.
    #[serde(default)]
    human: bool,
}

/// One fixture case: the base plan with an overlay.
pub struct Case {
    /// The folder name of the rule, a rule code.
    pub rule: String,
    /// The folder name of the case.
    pub name: String,
    /// `tests/rules/<rule>/<name>`.
    pub dir: PathBuf,
    /// One line: what the case shows.
    pub about: String,
    /// The codes its findings must have, sorted; empty for a clean case.
    pub expect: Vec<String>,
    /// Base files it leaves out.
    pub remove: Vec<String>,
    /// Its findings are snapshotted as human text too.
    pub human: bool,
}

impl Case {
    /// `<rule>/<name>`, the name of its test.
    pub fn id(&self) -> String {
        format!("{}/{}", self.rule, self.name)
    }

    /// The plan's files (paths relative to the root, `/`-separated): the base files less those
    /// removed, then the overlay's files (`case.toml` aside), which replace base files of the same
    /// name. A `remove` entry that names no base file, a removed file the overlay adds back, or an
    /// overlay file equal to the base file it replaces is a mistake in the case and panics.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = read_tree(&base());
        for name in &self.remove {
            assert!(
                files.remove(name).is_some(),
                "{}: `remove` names {name:?}, which is no base file",
                self.id()
            );
        }
        for (name, bytes) in read_tree(&self.dir) {
            if name == CASE_FILE {
                continue;
            }
            assert!(
                !self.remove.contains(&name),
                "{}: {name} is both removed and added",
                self.id()
            );
            let before = files.insert(name.clone(), bytes);
            assert!(
                before != files.get(&name).cloned(),
                "{}: {name} is the same as the base file (leave it out)",
                self.id()
            );
        }
        files
    }

    /// A temporary plan folder holding [`Case::files`].
    pub fn materialise(&self) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in self.files() {
            let path = dir.path().join(&name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        dir
    }
}

/// Every case, sorted by rule and name. A case folder without a readable `case.toml` panics.
pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for rule in sorted_dirs(&fixtures()) {
        if rule.starts_with('_') {
            continue;
        }
        for name in sorted_dirs(&fixtures().join(&rule)) {
            let dir = fixtures().join(&rule).join(&name);
            let path = dir.join(CASE_FILE);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let file: CaseFile =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut expect = file.expect;
            expect.sort();
            cases.push(Case {
                rule: rule.clone(),
                name,
                dir,
                about: file.about,
                expect,
                remove: file.remove,
                human: file.human,
            });
        }
    }
    cases
}

/// The names of the folders in `dir`, sorted.
fn sorted_dirs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// Every file below `dir`, by its path relative to `dir` (`/`-separated).
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap();
            let rel: Vec<_> = rel.iter().map(|c| c.to_str().unwrap()).collect();
            files.insert(rel.join("/"), std::fs::read(entry.path()).unwrap());
        }
    }
    files
}
