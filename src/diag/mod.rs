//! Findings: what a check found, where, how bad it is and how to fix it.

mod code;
mod message;
mod suggest;

pub use code::Code;
pub(crate) use code::for_each_code;
pub use message::{Arg, Msg, Num, messages};
pub use suggest::did_you_mean;

use crate::source::{FileId, Span};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails the check (exit 1).
    Error,
    /// Reported; fails only with `--deny-warnings`.
    Warning,
    /// Reported for the reader's attention; never fails a run, not even with `--deny-warnings`.
    Note,
}

impl Severity {
    /// `error`, `warning` or `note`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A place in a file, with an optional message ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The file.
    pub file: FileId,
    /// The byte range, or `None` for the file as a whole.
    pub range: Option<(u32, u32)>,
    /// What this place is.
    pub message: Option<Msg>,
}

impl Label {
    /// A label on a span.
    pub fn at(span: Span) -> Self {
        Self {
            file: span.file,
            range: Some((span.start, span.end)),
            message: None,
        }
    }

    /// A label on a whole file.
    pub fn file(file: FileId) -> Self {
        Self {
            file,
            range: None,
            message: None,
        }
    }

    /// The same label with a message.
    pub fn with_message(mut self, message: impl Into<Msg>) -> Self {
        self.message = Some(message.into());
        self
    }
}

/// One finding of a check run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule.
    pub code: Code,
    /// The severity after `[checks]` overrides.
    pub severity: Severity,
    /// What is wrong, naming the entities by id.
    pub message: Msg,
    /// How to fix it.
    pub help: Option<Msg>,
    /// Where; `None` when no file can be named (no `kplan.toml` found).
    pub primary: Option<Label>,
    /// Other places that explain the finding.
    pub related: Vec<Label>,
    /// The id of the plan it is about, when a run checks several plans (a planverk).
    pub plan: Option<String>,
}

impl Finding {
    /// A finding of `code` at its default severity.
    pub fn new(code: Code, primary: Option<Label>, message: impl Into<Msg>) -> Self {
        Self {
            code,
            severity: code.default_severity(),
            message: message.into(),
            help: None,
            primary,
            related: Vec::new(),
            plan: None,
        }
    }

    /// The finding with its files' ids moved by `offset` (its files appended to other
    /// [`crate::source::Sources`] with [`crate::source::Sources::append`]).
    pub fn shift_files(&mut self, offset: u32) {
        for label in self.primary.iter_mut().chain(self.related.iter_mut()) {
            label.file = crate::source::FileId(label.file.0 + offset);
        }
    }

    /// A finding at a span.
    pub fn at(code: Code, span: Span, message: impl Into<Msg>) -> Self {
        Self::new(code, Some(Label::at(span)), message)
    }

    /// Sets the help line.
    pub fn help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the message of the primary label.
    pub fn label(mut self, message: impl Into<Msg>) -> Self {
        if let Some(primary) = &mut self.primary {
            primary.message = Some(message.into());
        }
        self
    }

    /// The message in words in `lang`.
    pub fn message_in(&self, lang: crate::text::Language) -> String {
        self.message.text(lang)
    }

    /// The help line in words in `lang`, empty when there is none.
    pub fn help_in(&self, lang: crate::text::Language) -> String {
        self.help.as_ref().map(|h| h.text(lang)).unwrap_or_default()
    }

    /// Adds a related place.
    pub fn related(mut self, span: Span, message: impl Into<Msg>) -> Self {
        self.related.push(Label::at(span).with_message(message));
        self
    }

    fn sort_key(&self) -> (Option<FileId>, Severity, u32, Code) {
        let file = self.primary.as_ref().map(|l| l.file);
        let start = self
            .primary
            .as_ref()
            .and_then(|l| l.range)
            .map_or(0, |r| r.0);
        (file, self.severity, start, self.code)
    }
}

/// Sorts findings by file, then severity (errors first: within a file, what stops the plan comes
/// before what only advises), then position and code, as `docs/rules.md` says; drops exact
/// duplicates.
pub fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.message.cmp(&b.message))
    });
    findings.dedup();
}

/// Counts of errors, warnings and notes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Findings of error severity.
    pub errors: usize,
    /// Findings of warning severity.
    pub warnings: usize,
    /// Findings of note severity.
    pub notes: usize,
}

impl Counts {
    /// Counts the findings by severity.
    pub fn of(findings: &[Finding]) -> Self {
        let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
        Self {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
        }
    }
}

/// kplan's repository (`repository` in Cargo.toml): where releases, the GitHub Action and the
/// rule documentation live.
pub const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// The page of a rule in the documentation of this version of kplan (`docs/rules.md`, at the
/// release tag `v<version>`).
pub fn rule_url(code: &str) -> String {
    format!(
        "{REPOSITORY}/blob/v{}/docs/rules.md#{code}",
        env!("CARGO_PKG_VERSION")
    )
}

/// One plan of a run that checks several.
#[derive(Debug, Clone)]
pub struct PlanGroup {
    /// The plan id (`[plan] id`, else its folder's name).
    pub id: String,
    /// The plan's folder, relative to the working directory, `/`-separated, ending in `/` (empty
    /// for the working directory itself).
    pub dir: String,
    /// The plan's title.
    pub title: String,
    /// Number of files read.
    pub files: usize,
    /// Its findings' counts.
    pub counts: Counts,
}
