//! Operational failures: kplan could not do its job (exit status 2). Problems in the plan itself
//! are findings, not errors.

use std::path::PathBuf;

/// Something that stops kplan before it can report on the plan.
#[derive(Debug, thiserror::Error)]
pub enum Error {
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
        /// The limit, [`crate::limits::MAX_WALK_ENTRIES`].
        limit: usize,
    },
    /// The folder given does not exist or is not a folder.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// Reading a git revision failed: not a repository, unknown revision, no plan there, no git.
    #[error(transparent)]
    Git(#[from] crate::git::GitError),
    /// A side of a comparison (`kplan diff`, `render --since`) has no plan or cannot be read.
    #[error(transparent)]
    Side(#[from] crate::diff::source::SideError),
    /// A command-line value is not acceptable (a usage mistake; other failures have their own
    /// variant).
    #[error("{0}")]
    Usage(String),
    /// A template failed or a document could not be written.
    #[error(transparent)]
    Render(#[from] crate::render::RenderError),
    /// A file could not be written (a link in the way, a full disk, …).
    #[error(transparent)]
    Write(#[from] crate::write::WriteError),
    /// `kplan init` could not make the plan.
    #[error(transparent)]
    Init(#[from] crate::init::InitError),
    /// The templates folder named on the command line or in kplan.toml is missing.
    #[error("the templates folder {} does not exist", .0.display())]
    NoTemplates(PathBuf),
    /// `[render] templates` or `output` in kplan.toml leads out of the plan folder.
    #[error(
        "[render] {field} = \"{value}\" leads out of the plan folder; kplan reads and writes only inside the plan (give a folder elsewhere with --templates or -o)"
    )]
    OutsidePlan {
        /// `templates` or `output`.
        field: &'static str,
        /// The value in kplan.toml.
        value: String,
    },
    /// Standard output could not be written (a full disk, not a closed pipe).
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    /// A date given on the command line or in `KPLAN_TODAY` is not `YYYY-MM-DD`.
    #[error("`{0}` is not a date; write it as YYYY-MM-DD")]
    BadDate(String),
}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

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
        let err = Error::from(walk_error);
        assert_eq!(err.to_string(), expected);
        assert!(
            expected.contains(&missing.display().to_string()),
            "{expected}"
        );
        assert!(err.source().is_some());
    }

    #[test]
    fn too_many_entries_names_the_limit() {
        let err = Error::TooManyEntries {
            limit: crate::limits::MAX_WALK_ENTRIES,
        };
        assert_eq!(
            err.to_string(),
            "cannot walk the plan folder: the plan folder holds more than 1000000 files and folders (the limit for one plan); is a folder of other data inside it?"
        );
    }
}
