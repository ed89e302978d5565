//! Operational failures: kplan could not do its job (exit status 2). Problems in the plan itself
//! are findings, not errors.
//!
//! Each stage has its own error type (`discover::ReadError`, `git::GitError`,
//! `diff::source::SideError`, `render::RenderError`, `write::WriteError`, `init::InitError`);
//! [`Error`] sits on the top floor and only wraps them, with the command line's own mistakes. No
//! module below it uses it.
//!
//! [`Error::message`] gives the words of an error in any language: the failures a user meets
//! (no plan, a plan with errors, an unknown rule, a bad date, a folder that is not empty, a side of
//! a comparison that cannot be read) are in the catalogues (`cli-…` in `i18n/messages/`); rare
//! operational ones (a broken template, a full disk, git failing half-way) keep their English
//! words, as their `Display` gives them.

use crate::diag::Msg;
use crate::init::InitError;
use crate::msg;
use crate::render::RenderError;
use crate::text::Language;
use crate::write::WriteError;

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
    #[error("{}", .0.text(Language::En))]
    Usage(Msg),
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

impl Error {
    /// The error in words, for `error: …` in any language.
    /// The words of the rare failures that have none in the catalogues are their English
    /// `Display`.
    pub fn message(&self) -> Msg {
        let words = match self {
            Error::Read(e) => e.message(),
            Error::Git(e) => e.message(),
            Error::Side(e) => e.message(),
            Error::Usage(m) => Some(m.clone()),
            Error::Render(RenderError::Write(e))
            | Error::Init(InitError::Write(e))
            | Error::Write(e) => write_message(e),
            Error::Render(e) => e.message(),
            Error::Init(e) => e.message(),
            Error::BadDate(date) => Some(msg!("cli-bad-date", date = date)),
            Error::Stdout(e) => Some(msg!("cli-stdout", reason = e.to_string())),
        };
        words.unwrap_or_else(|| msg!("cli-plain", text = self.to_string()))
    }
}

/// A [`WriteError`] in words (`write` sits on the floor of the messages, so its words are here).
fn write_message(error: &WriteError) -> Option<Msg> {
    let path = |p: &std::path::Path| p.display().to_string();
    Some(match error {
        WriteError::Symlink(p) => msg!("cli-write-symlink", path = path(p)),
        WriteError::NotAFile(p) => msg!("cli-write-not-a-file", path = path(p)),
        WriteError::NotAFolder(p) => msg!("cli-not-a-folder", path = path(p)),
        WriteError::Io { path: p, source } => msg!(
            "cli-cannot-write",
            path = path(p),
            reason = source.to_string()
        ),
        WriteError::TooLarge { .. } => return None,
    })
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
            assert_eq!(wrapped.message().text(Language::En), message);
        }
    }

    /// The English words in the catalogue are those of `Display`, so logs, tests and `--lang en`
    /// say the same; the Norwegian ones are real translations.
    #[test]
    fn the_catalogue_words_of_an_error_are_its_display_in_english() {
        use crate::diff::source::SideError;
        use crate::discover::ReadError;
        use crate::git::GitError;
        use crate::init::InitError;
        let errors = [
            Error::BadDate("2026-13-01".into()),
            ReadError::NotAFolder(PathBuf::from("nowhere")).into(),
            ReadError::Read {
                path: PathBuf::from("plan/a.yaml"),
                source: std::io::ErrorKind::PermissionDenied.into(),
            }
            .into(),
            SideError::NoPlanAbove { spec: "old".into() }.into(),
            SideError::NoPlan {
                root: PathBuf::from("repo/plan"),
            }
            .into(),
            SideError::NoWorkingPlan.into(),
            GitError::NotARepository {
                dir: PathBuf::from("/tmp"),
                stderr: String::new(),
            }
            .into(),
            GitError::UnknownRevision {
                rev: "v9".into(),
                repo: PathBuf::from("repo"),
            }
            .into(),
            GitError::NoPlan {
                rev: "v1".into(),
                plan_dir: String::new(),
            }
            .into(),
            GitError::NoPlan {
                rev: "v1".into(),
                plan_dir: "plan".into(),
            }
            .into(),
            crate::render::RenderError::NoTemplates(PathBuf::from("maler")).into(),
            InitError::NotEmpty(PathBuf::from("plan")).into(),
            InitError::Write(crate::write::WriteError::NotAFolder(PathBuf::from(
                ".github",
            )))
            .into(),
            crate::write::WriteError::Symlink(PathBuf::from("build")).into(),
            crate::write::WriteError::NotAFile(PathBuf::from("build/plan.html")).into(),
            Error::Stdout(std::io::ErrorKind::StorageFull.into()),
            crate::render::RenderError::OutsidePlan {
                field: "output",
                value: "../elsewhere".into(),
            }
            .into(),
            InitError::Exists(vec![
                PathBuf::from("plan/kplan.toml"),
                PathBuf::from("plan/x"),
            ])
            .into(),
        ];
        for error in errors {
            let message = error.message();
            assert_ne!(message.id(), "cli-plain", "{error}");
            assert_eq!(message.text(Language::En), error.to_string());
            assert_ne!(message.text(Language::Nb), error.to_string(), "{error}");
        }
    }
}
