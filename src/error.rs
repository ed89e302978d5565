//! Operational failures: kplan could not do its job (exit status 2). Problems in the plan itself
//! are findings, not errors.
//!
//! Each stage has its own error type (`discover::ReadError`, `git::GitError`,
//! `diff::source::SideError`, `render::RenderError`, `write::WriteError`, `init::InitError`);
//! [`Error`] sits on the top floor and only wraps them, with the command line's own mistakes. No
//! module below it uses it.

/// Something that stops kplan before it can report on the plan.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The plan's files could not be found or read.
    #[error(transparent)]
    Read(#[from] crate::discover::ReadError),
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
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn the_errors_of_each_stage_keep_their_message_when_wrapped() {
        let read = crate::discover::ReadError::NotAFolder(PathBuf::from("nowhere"));
        let git = crate::git::GitError::CatFileAnswer("abc missing".into());
        let side = crate::diff::source::SideError::NoPlanAbove { spec: "old".into() };
        for (message, wrapped) in [
            (read.to_string(), Error::from(read)),
            (git.to_string(), Error::from(git)),
            (side.to_string(), Error::from(side)),
        ] {
            assert_eq!(wrapped.to_string(), message);
        }
    }
}
