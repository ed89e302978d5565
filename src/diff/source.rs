//! The two sides of a comparison: a plan folder, or a plan in a git revision.

use std::path::{Path, PathBuf};

use crate::diag::Code;
use crate::discover;
use crate::error::{Error, Result};
use crate::git::{self, RevisionPlan};
use crate::load::{self, Loaded};

/// One side of the comparison.
pub enum Side {
    /// A plan folder on disk.
    Dir(PathBuf),
    /// A plan folder in a revision.
    Rev {
        /// The repository's top level.
        repo: PathBuf,
        /// The revision as given.
        rev: String,
        /// The plan folder relative to the top level (empty for the top level).
        plan_dir: String,
    },
}

/// The plan folder at or above `dir`, relative to the repository's top level.
fn plan_dir_in_repo(dir: &Path, repo: &Path) -> Result<String> {
    let root = discover::find_root(dir)?;
    let repo = repo.canonicalize().unwrap_or_else(|_| repo.to_path_buf());
    Ok(root
        .and_then(|r| {
            r.strip_prefix(&repo)
                .ok()
                .map(|rel| discover::relative(Path::new(""), rel))
        })
        .unwrap_or_default())
}

/// Reads `spec` as a folder (if one exists by that name) or a revision, `REV:path` allowed.
pub fn resolve(spec: &str, cwd: &Path) -> Result<Side> {
    if Path::new(spec).is_dir() {
        return match discover::find_root(Path::new(spec))? {
            Some(root) => Ok(Side::Dir(root)),
            None => Err(Error::Usage(format!(
                "no kplan.toml in {spec} or any folder above it"
            ))),
        };
    }
    let repo = git::toplevel(cwd)?;
    let (rev, path) = match spec.split_once(':') {
        Some((rev, path)) => (rev, Some(path)),
        None => (spec, None),
    };
    let plan_dir = match path {
        // `REV:./sub` is relative to the current folder, as in git.
        Some(p) if p == "." || p.starts_with("./") => {
            let top = repo.canonicalize().unwrap_or_else(|_| repo.clone());
            let cwd = cwd.canonicalize().unwrap_or_else(|_| cwd.to_path_buf());
            let here = cwd
                .strip_prefix(&top)
                .map(|rel| discover::relative(Path::new(""), rel))
                .unwrap_or_default();
            let rel = p.trim_start_matches('.').trim_matches('/');
            [here.as_str(), rel]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("/")
        }
        Some(p) => p.trim_matches('/').to_owned(),
        None => plan_dir_in_repo(cwd, &repo)?,
    };
    Ok(Side::Rev {
        repo,
        rev: rev.to_owned(),
        plan_dir,
    })
}

/// Loads one side, with a label for messages. A plan with check errors loads; one whose files do
/// not parse is an error naming the side and the file.
pub fn load_side(side: &Side) -> Result<(String, Loaded)> {
    let (label, loaded) = match side {
        Side::Dir(root) if !root.join(discover::MANIFEST).is_file() => {
            return Err(Error::Usage(format!(
                "no plan (kplan.toml) in {}",
                root.display()
            )));
        }
        Side::Dir(root) => (
            discover::relative(&std::env::current_dir().unwrap_or_default(), root),
            load::load(root)?,
        ),
        Side::Rev {
            repo,
            rev,
            plan_dir,
        } => {
            let plan = RevisionPlan::read(repo, rev, plan_dir)?;
            (plan.label.clone(), load::load_from(&plan)?)
        }
    };
    let label = if label.is_empty() {
        ".".to_owned()
    } else {
        label
    };
    // A plan with check errors can be compared; one whose files cannot be read cannot.
    if let Some(f) = loaded.findings.iter().find(|f| f.code == Code::Parse) {
        let file = f
            .primary
            .as_ref()
            .map(|l| loaded.sources.get(l.file).path.clone())
            .unwrap_or_default();
        return Err(Error::Usage(format!("{label}: {file}: {}", f.message)));
    }
    let label = if label.is_empty() {
        ".".to_owned()
    } else {
        label
    };
    Ok((label, loaded))
}
