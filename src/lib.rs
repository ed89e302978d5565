//! kplan: a Norwegian municipality's strategic competence plan (KS model, seven steps) as code.
//!
//! The pipeline, one module per stage:
//! [`discover`] files → [`load`] (spanned model) → [`plan`] (derived once, [`plan::Checked`]) →
//! [`validate`] (findings) → [`report`] | [`render`] (the document) | [`diff`] (two revisions).
//! Beneath them the floors [`text`] (language, catalogues, formats), [`model`], [`diag`],
//! [`write`](mod@write), [`limits`] and [`source`]; `docs/architecture.md` has the map, and
//! `tests/architecture.rs` keeps every import pointing down.
#![warn(clippy::print_stdout, clippy::print_stderr, missing_docs)]

pub mod check;
pub mod diag;
pub mod diff;
pub mod discover;
pub mod error;
pub mod git;
pub mod init;
pub mod limits;
pub mod load;
pub mod model;
pub mod plan;
pub mod render;
pub mod report;
pub mod source;
pub mod text;
pub mod validate;
pub mod workspace;
pub mod write;

pub use diag::{REPOSITORY, rule_url};
pub use error::{Error, Result};
