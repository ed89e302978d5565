//! `kplan diff`

use std::path::PathBuf;

use clap::ValueEnum;
use kplan::Result;
use kplan::diff;
use kplan::discover::ReadError;
use kplan::render::{self, DiffFormat};

use super::Global;

/// Arguments of `kplan diff`.
#[derive(clap::Args)]
pub struct Args {
    /// The old plan: a folder, or a git revision (`v2025`, `HEAD~1`, `main`, `REV:path/to/plan`).
    old: String,
    /// The new plan, the same way (default: the plan in the working tree).
    new: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Fmt::Text)]
    format: Fmt,
    /// Exit with 1 when there are differences, like `git diff --exit-code`. With -q nothing is
    /// printed and the exit status tells, like `git diff --quiet`.
    #[arg(long)]
    exit_code: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Fmt {
    Text,
    Md,
    Json,
}

pub fn run(args: Args, global: &Global) -> Result<u8> {
    super::out::finish(diff(args, global), || {
        super::out::language(global.lang, std::path::Path::new("."))
    })
}

fn diff(args: Args, global: &Global) -> Result<u8> {
    let cwd = std::env::current_dir().map_err(|source| ReadError::Read {
        path: PathBuf::from("."),
        source,
    })?;
    let diff::Compared {
        comparison,
        language,
    } = diff::run(&diff::Request {
        old: args.old,
        new: args.new,
        cwd,
    })?;
    let format = match args.format {
        Fmt::Text => DiffFormat::Text {
            color: global.color,
        },
        Fmt::Md => DiffFormat::Markdown,
        Fmt::Json => DiffFormat::Json,
    };
    // `-q` prints nothing: the exit status says whether the plans differ (`git diff --quiet`).
    if global.quiet {
        return Ok(u8::from(comparison.has_changes()));
    }
    let out = render::changes(&comparison, format, global.lang.unwrap_or(language))?;
    super::out::print(&out)?;
    Ok(u8::from(args.exit_code && comparison.has_changes()))
}
