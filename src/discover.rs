//! Finding the plan root and its plan files.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

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
pub fn plan_files(root: &Path, skip: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            let path = entry.path();
            if entry.depth() == 0 {
                return true;
            }
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            let skipped = skip.iter().any(|s| path == s);
            let nested_plan = entry.file_type().is_dir() && path.join(MANIFEST).is_file();
            !(hidden || skipped || nested_plan)
        });
    for entry in walker {
        let entry = entry.map_err(|e| Error::Walk(e.to_string()))?;
        if !entry.file_type().is_file() || entry.depth() == 0 {
            continue;
        }
        let path = entry.path();
        if entry.depth() == 1 && entry.file_name() == MANIFEST {
            continue;
        }
        let is_plan_file = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "toml" | "yaml" | "yml"));
        if is_plan_file {
            files.push(path.to_path_buf());
        }
    }
    Ok(files)
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
