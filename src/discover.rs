//! Finding the plan root and its plan files.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::limits::MAX_WALK_ENTRIES;

/// The manifest file name that marks a plan root.
pub const MANIFEST: &str = "kplan.toml";

/// The nearest folder at or above `start` that holds `kplan.toml`.
pub fn find_root(start: &Path) -> Result<Option<PathBuf>> {
    if !start.is_dir() {
        return Err(Error::NotAFolder(start.to_path_buf()));
    }
    let start = start.canonicalize().map_err(|source| Error::Read {
        path: start.to_path_buf(),
        source,
    })?;
    Ok(start
        .ancestors()
        .find(|dir| dir.join(MANIFEST).is_file())
        .map(Path::to_path_buf))
}

/// Every plan file below `root`, in sorted path order: `*.toml`, `*.yaml` and `*.yml`, except the
/// manifest, hidden entries, the skipped folders (output, templates) and nested plans (folders
/// with their own `kplan.toml`).
///
/// File links that stay inside the root are followed; folder links are not walked (a folder
/// inside the root is read where it is). A folder link that leads out of the root is listed
/// itself; so are plan files that are broken links, FIFOs or devices. None
/// of these is opened here: loading refuses them with a finding that names the link.
pub fn plan_files(root: &Path, skip: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let real_root = root.canonicalize().map_err(|source| Error::Read {
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
                None => return Err(Error::Walk(err)),
            },
        };
        if entry.depth() == 0 {
            continue;
        }
        entries += 1;
        if entries > MAX_WALK_ENTRIES {
            return Err(Error::TooManyEntries {
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

/// Whether the name is that of a plan file.
fn is_plan_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "toml" | "yaml" | "yml"))
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
        .filter(|p| {
            p.rsplit_once('.')
                .is_some_and(|(_, ext)| matches!(ext, "toml" | "yaml" | "yml"))
        })
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
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            plan_paths(&paths, &["build".into(), "maler".into()]),
            ["a.yml", "b/c.yaml", "b-x.yaml", "c.yaml"]
        );
    }
}
