//! Finding the plan root and its plan files.

use std::path::{Path, PathBuf};

use crate::limits::MAX_WALK_ENTRIES;

/// Why the plan's files could not be found or read: the operational failures of discovering and
/// loading a plan (exit status 2). Problems in the plan's content are findings, not errors.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A file or folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// What could not be read.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Walking the plan folder failed (permissions, a symlink loop, …).
    #[error("cannot walk the plan folder: {0}")]
    Walk(#[from] walkdir::Error),
    /// The plan folder holds more files and folders than one plan may.
    #[error(
        "cannot walk the plan folder: the plan folder holds more than {limit} files and folders (the limit for one plan); is a folder of other data inside it?"
    )]
    TooManyEntries {
        /// The limit, [`MAX_WALK_ENTRIES`].
        limit: usize,
    },
    /// The folder given does not exist or is not a folder.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// A file was asked for that the source does not hold (a git revision holds only the plan
    /// files it read).
    #[error("{path} was not read from `{label}`")]
    NotInSource {
        /// The file, relative to the plan folder.
        path: String,
        /// Where the files came from (`REV:path`).
        label: String,
    },
}

impl ReadError {
    /// The error in words, in any language; `None` for the rare ones that have English words only
    /// (see [`crate::Error::message`]).
    pub fn message(&self) -> Option<crate::diag::Msg> {
        match self {
            ReadError::NotAFolder(path) => Some(crate::msg!(
                "cli-not-a-folder",
                path = path.display().to_string()
            )),
            ReadError::Read { path, source } => Some(crate::msg!(
                "cli-cannot-read",
                path = path.display().to_string(),
                reason = source.to_string()
            )),
            ReadError::Walk(_)
            | ReadError::TooManyEntries { .. }
            | ReadError::NotInSource { .. } => None,
        }
    }
}

type Result<T, E = ReadError> = std::result::Result<T, E>;

/// The manifest file name that marks a plan root.
pub const MANIFEST: &str = "kplan.toml";

/// The nearest folder at or above `start` that holds `kplan.toml`.
pub fn find_root(start: &Path) -> Result<Option<PathBuf>> {
    if !start.is_dir() {
        return Err(ReadError::NotAFolder(start.to_path_buf()));
    }
    let start = start.canonicalize().map_err(|source| ReadError::Read {
        path: start.to_path_buf(),
        source,
    })?;
    Ok(start
        .ancestors()
        .find(|dir| dir.join(MANIFEST).is_file())
        .map(Path::to_path_buf))
}

/// Every plan file below `root`, in sorted path order: `*.toml`, `*.yaml` and `*.yml` (in any
/// case), except the manifest, hidden entries, the skipped folders (output, templates) and nested
/// plans (folders with their own `kplan.toml`). Files that look like plan files but are not
/// ([`meant_name`]: `6-tiltak.yaml.txt`) are listed too, so that loading reports them.
///
/// File links that stay inside the root are followed; folder links are not walked (a folder
/// inside the root is read where it is). A folder link that leads out of the root is listed
/// itself; so are plan files that are broken links, FIFOs or devices. None
/// of these is opened here: loading refuses them with a finding that names the link.
pub fn plan_files(root: &Path, skip: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let real_root = root.canonicalize().map_err(|source| ReadError::Read {
        path: root.to_path_buf(),
        source,
    })?;
    let excluded = |path: &Path| {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        hidden || skip.iter().any(|s| path == s)
    };
    let mut files = Vec::new();
    let mut entries = 0usize;
    let mut walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            let path = entry.path();
            if entry.depth() == 0 {
                return true;
            }
            let nested_plan = entry.file_type().is_dir() && path.join(MANIFEST).is_file();
            !(excluded(path) || nested_plan)
        });
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            // Errors bypass `filter_entry`: apply its rules here.
            Err(err) => match err.path().filter(|p| is_broken_link(&err, p)) {
                Some(path) if is_plan_file(path) && !excluded(path) => {
                    files.push(path.to_path_buf());
                    continue;
                }
                Some(_) => continue,
                None => return Err(ReadError::Walk(err)),
            },
        };
        if entry.depth() == 0 {
            continue;
        }
        entries += 1;
        if entries > MAX_WALK_ENTRIES {
            return Err(ReadError::TooManyEntries {
                limit: MAX_WALK_ENTRIES,
            });
        }
        let path = entry.path();
        if entry.file_type().is_dir() {
            // A folder link is never walked: one inside the plan leads to a folder that is read
            // where it is (walking it again would read every file twice, and two links per level
            // to the next make 2^N paths), one leading out is listed so that loading reports it.
            if entry.path_is_symlink() {
                walker.skip_current_dir();
                if !leads_inside(&real_root, path) {
                    files.push(path.to_path_buf());
                }
            }
            continue;
        }
        if entry.depth() == 1 && entry.file_name() == MANIFEST {
            continue;
        }
        if is_plan_file(path) {
            files.push(path.to_path_buf());
        }
    }
    Ok(files)
}

/// The extensions of plan files, matched without regard to case (`6-tiltak.YAML` is read: Windows
/// and some editors write them in capitals).
const PLAN_EXTENSIONS: [&str; 3] = ["toml", "yaml", "yml"];

/// Whether a file name (or a path, `/`-separated or not) is that of a plan file: it ends in
/// `.toml`, `.yaml` or `.yml`, in any case.
pub fn is_plan_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && !stem.ends_with(['/', '\\'])
            && PLAN_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext))
    })
}

/// Whether a plan file's name says TOML (`.toml` in any case); else it is YAML.
pub fn is_toml_name(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("toml"))
}

/// The name a file was probably meant to have, when it looks like a plan file but is not read as
/// one: `6-tiltak.yaml.txt` (Notepad's «Save as» added `.txt`, and Explorer hides it) was meant
/// to be `6-tiltak.yaml`. The loader reports such a file (`ignored-file`) instead of passing it
/// over in silence.
///
/// Backups that editors and tools leave beside a file (`6-tiltak.yaml~`, `6-tiltak.yaml.bak`,
/// `.orig`, `.swp`, `#6-tiltak.yaml#`) are not lookalikes: nobody meant them as plan files, and a
/// note for each would be noise in every run. They are passed over like any other file.
pub fn meant_name(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    (ext.eq_ignore_ascii_case("txt") && is_plan_name(stem)).then_some(stem)
}

/// Whether the walk lists a file: a plan file, or one that looks like it ([`meant_name`]).
fn is_listed(name: &str) -> bool {
    is_plan_name(name) || meant_name(name).is_some()
}

/// Whether the path is that of a plan file or a lookalike.
fn is_plan_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(is_listed)
}

/// Whether the walk failed on a link that leads nowhere (its target is missing, or it is a loop
/// of links), rather than on a loop of folders or an unreadable folder.
fn is_broken_link(err: &walkdir::Error, path: &Path) -> bool {
    err.loop_ancestor().is_none()
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err()
}

/// Whether a link resolves to a place inside the (canonical) root.
fn leads_inside(real_root: &Path, link: &Path) -> bool {
    link.canonicalize()
        .is_ok_and(|real| real.starts_with(real_root))
}

/// `path` relative to `root` with `/` separators, for output.
pub fn relative(root: &Path, path: &Path) -> String {
    let Ok(rel) = path.strip_prefix(root) else {
        return path.display().to_string();
    };
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The plan files among `paths` (every file of a tree, relative to the plan root, `/`-separated),
/// by the same rules as [`plan_files`], in the same order.
pub fn plan_paths(paths: &[String], skip: &[String]) -> Vec<String> {
    let nested: Vec<&str> = paths
        .iter()
        .filter_map(|p| p.strip_suffix(&format!("/{MANIFEST}")))
        .collect();
    let mut files: Vec<String> = paths
        .iter()
        .filter(|p| p.as_str() != MANIFEST)
        .filter(|p| !p.split('/').any(|c| c.starts_with('.')))
        .filter(|p| {
            !skip
                .iter()
                .chain(
                    nested
                        .iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .iter(),
                )
                .any(|dir| p.starts_with(&format!("{}/", dir.trim_end_matches('/'))))
        })
        .filter(|p| is_listed(p.rsplit('/').next().unwrap_or(p)))
        .cloned()
        .collect();
    // Component by component, as a directory walk sorted by file name visits them.
    files.sort_by(|a, b| a.split('/').cmp(b.split('/')));
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_paths_follow_the_discovery_rules() {
        let paths: Vec<String> = [
            "kplan.toml",
            "c.yaml",
            "b/c.yaml",
            "b-x.yaml",
            ".hidden.yaml",
            "sub/.git/x.toml",
            "build/plan.md",
            "build/x.yaml",
            "maler/x.toml",
            "other/kplan.toml",
            "other/plan.yaml",
            "notes.md",
            "a.yml",
            "D.YAML",
            "e.yaml.txt",
            "e.yaml~",
            "e.yaml.bak",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            plan_paths(&paths, &["build".into(), "maler".into()]),
            [
                "D.YAML",
                "a.yml",
                "b/c.yaml",
                "b-x.yaml",
                "c.yaml",
                "e.yaml.txt"
            ]
        );
    }

    #[test]
    fn extensions_are_read_in_any_case_and_lookalikes_name_what_was_meant() {
        for name in [
            "6-tiltak.yaml",
            "6-tiltak.YAML",
            "a/b.Yml",
            "kplan.TOML",
            "x.toml",
        ] {
            assert!(is_plan_name(name), "{name}");
        }
        for name in [
            "6-tiltak.yaml.txt",
            "notes.md",
            ".yaml",
            "a/.yml",
            "yaml",
            "x.yaml~",
        ] {
            assert!(!is_plan_name(name), "{name}");
        }
        assert!(is_toml_name("plan.TOML") && !is_toml_name("plan.yaml"));
        assert_eq!(meant_name("6-tiltak.yaml.txt"), Some("6-tiltak.yaml"));
        assert_eq!(
            meant_name("steg/6-tiltak.YML.TXT"),
            Some("steg/6-tiltak.YML")
        );
        assert_eq!(meant_name("6-tiltak.toml.txt"), Some("6-tiltak.toml"));
        for quiet in [
            "6-tiltak.yaml~",
            "6-tiltak.yaml.bak",
            "6-tiltak.yaml.orig",
            "#6-tiltak.yaml#",
            "notater.txt",
            "6-tiltak.yaml",
        ] {
            assert_eq!(meant_name(quiet), None, "{quiet}");
        }
    }

    #[test]
    fn a_walk_failure_keeps_walkdir_error() {
        use std::error::Error as _;
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        let walk_error = walkdir::WalkDir::new(&missing)
            .into_iter()
            .next()
            .unwrap()
            .unwrap_err();
        let expected = format!("cannot walk the plan folder: {walk_error}");
        let err = ReadError::from(walk_error);
        assert_eq!(err.to_string(), expected);
        assert!(
            expected.contains(&missing.display().to_string()),
            "{expected}"
        );
        assert!(err.source().is_some());
    }

    #[test]
    fn too_many_entries_names_the_limit() {
        let err = ReadError::TooManyEntries {
            limit: crate::limits::MAX_WALK_ENTRIES,
        };
        assert_eq!(
            err.to_string(),
            "cannot walk the plan folder: the plan folder holds more than 1000000 files and folders (the limit for one plan); is a folder of other data inside it?"
        );
    }
}
