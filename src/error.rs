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
    Walk(String),
    /// The folder given does not exist or is not a folder.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// Reading a git revision failed: not a repository, unknown revision, no plan there, no git.
    #[error("{0}")]
    Git(String),
    /// A command-line value is not acceptable.
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
