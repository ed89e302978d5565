//! The bottom floor of words and numbers: the plan's [`Language`], the translation
//! [`catalogue`](mod@catalogue)s, the number and date [`Formatter`] and Markdown escaping. Everything above
//! (validate, render, diff, init, explain, the CLI) takes its words from here; nothing here
//! depends on a plan.

pub mod catalogue;
pub mod fluent;
mod format;
mod lang;
mod markdown;

pub use catalogue::{Book, Catalogue, Key, catalogue};
pub use format::Formatter;
pub use lang::Language;
pub use markdown::{LeadingHeading, escape_markdown, leading_heading};

/// `text` with a capital first letter (`feil` → `Feil`, `unknown` → `Unknown`); the rest as it is.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
