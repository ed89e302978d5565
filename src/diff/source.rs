//! The two sides of a comparison: a plan folder, or a plan in a git revision.

use std::path::{Path, PathBuf};

use crate::diag::Code;
use crate::discover::{self, ReadError};
use crate::git::{self, GitError, RevisionPlan};
use crate::load::{self, Loaded};

/// Why a side of the comparison could not be found or read.
#[derive(Debug, thiserror::Error)]
pub enum SideError {
    /// A folder was given, but neither it nor a folder above it holds a plan.
    #[error("no kplan.toml in {spec} or any folder above it")]
    NoPlanAbove {
        /// The folder as given.
        spec: String,
    },
    /// The plan folder has no `kplan.toml` (it was taken from a revision's plan folder).
    #[error("no plan (kplan.toml) in {}", root.display())]
    NoPlan {
        /// The folder.
        root: PathBuf,
    },
    /// A plan file of the side does not parse, so there is no plan to compare.
    #[error("{side}: {file}: {message}")]
    DoesNotParse {
        /// The side's label (a folder or `REV:path`).
        side: String,
        /// The file, relative to the plan folder (empty when the finding names none).
        file: String,
        /// The parser's message (the `parse` finding's).
        message: String,
    },
    /// No NEW was given and the working folder is in no plan.
    #[error("no kplan.toml here or in any folder above; give NEW")]
    NoWorkingPlan,
    /// The side is a revision and git could not read it.
    #[error(transparent)]
    Git(#[from] GitError),
    /// The side's files could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
}

impl SideError {
    /// The error in words, in any language; `None` for the rare ones that have English words only
    /// (see [`crate::Error::message`]).
    pub fn message(&self) -> Option<crate::diag::Msg> {
        use crate::msg;
        Some(match self {
            SideError::NoPlanAbove { spec } => msg!("cli-no-plan-above", dir = spec),
            SideError::NoPlan { root } => {
                msg!("cli-no-plan-in", dir = root.display().to_string())
            }
            SideError::DoesNotParse {
                side,
                file,
                message,
            } => msg!(
                "cli-side-does-not-parse",
                side = side,
                file = file,
                message = message
            ),
            SideError::NoWorkingPlan => msg!("cli-no-working-plan"),
            SideError::Git(e) => return e.message(),
            SideError::Read(e) => return e.message(),
        })
    }
}

type Result<T, E = SideError> = std::result::Result<T, E>;

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
            None => Err(SideError::NoPlanAbove {
                spec: spec.to_owned(),
            }),
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
            return Err(SideError::NoPlan { root: root.clone() });
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
        return Err(SideError::DoesNotParse {
            side: label,
            file,
            message: f.message.text(loaded.plan.language()),
        });
    }
    Ok((label, loaded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_side() {
        let cases = [
            (
                SideError::NoPlanAbove { spec: "old".into() },
                "no kplan.toml in old or any folder above it",
            ),
            (
                SideError::NoPlan {
                    root: PathBuf::from("repo/plan"),
                },
                "no plan (kplan.toml) in repo/plan",
            ),
            (
                SideError::DoesNotParse {
                    side: "v1:plan".into(),
                    file: "plan.yaml".into(),
                    message: "bad YAML".into(),
                },
                "v1:plan: plan.yaml: bad YAML",
            ),
        ];
        for (err, message) in cases {
            assert_eq!(err.to_string(), message);
        }
    }

    #[test]
    fn a_folder_without_a_plan_is_not_a_side() {
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().to_str().unwrap();
        assert!(matches!(
            resolve(spec, dir.path()),
            Err(SideError::NoPlanAbove { spec: s }) if s == spec
        ));
        assert!(matches!(
            load_side(&Side::Dir(dir.path().to_path_buf())),
            Err(SideError::NoPlan { root }) if root == dir.path()
        ));
    }

    #[test]
    fn a_side_that_does_not_parse_names_its_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("kplan.toml"), "[plan]\ntitle = \"T\"\n").unwrap();
        std::fs::write(dir.path().join("broken.yaml"), "goals: [G1\n").unwrap();
        match load_side(&Side::Dir(dir.path().to_path_buf())) {
            Err(SideError::DoesNotParse { file, message, .. }) => {
                assert_eq!(file, "broken.yaml");
                assert!(!message.is_empty());
            }
            Err(other) => panic!("does not parse: {other}"),
            Ok(_) => panic!("does not parse: loaded"),
        }
    }
}
