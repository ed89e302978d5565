//! The comparison of two plans as `kplan diff` prints it: text and Markdown from the built-in
//! templates `diff/changes.txt.j2` and `diff/changes.md.j2`, in the same environment as the
//! document (the Markdown one is also appendix B of `plan.md`, so the two cannot drift apart),
//! both from the comparison in words ([`view`]); JSON by serde, in its machine form.

mod view;

use minijinja::Value;

pub use view::{ChangesView, view};

use super::{RenderError, templates};
use crate::diff::{self, Comparison};
use crate::text::{Book, Formatter, Language, catalogue};

/// Output formats of `kplan diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    /// Plain text for a terminal.
    Text {
        /// Whether to colour it with ANSI codes.
        color: bool,
    },
    /// Markdown, for a pull request or a council document.
    Markdown,
    /// One JSON document ([`diff::json`]).
    Json,
}

/// The comparison in `format`, its words and numbers in `lang`. Always from the built-in
/// templates: a plan's templates folder changes its document (`kplan render`), not the diff.
pub fn changes(
    comparison: &Comparison,
    format: DiffFormat,
    lang: Language,
) -> Result<String, RenderError> {
    let (name, color) = match format {
        DiffFormat::Text { color } => ("diff/changes.txt.j2", color),
        DiffFormat::Markdown => ("diff/changes.md.j2", false),
        DiffFormat::Json => return Ok(diff::json(comparison)),
    };
    let context = minijinja::context! {
        changes => Value::from(minijinja::value::Serde(view(comparison, lang))),
        t => Value::from(minijinja::value::Serde(catalogue(Book::Document, lang).tree())),
        level => 1,
        color => color,
    };
    let env = templates::environment(None, Formatter::new(lang), &context);
    Ok(env.get_template(name)?.render(context)?)
}
