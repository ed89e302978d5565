//! `kplan diff`

use std::path::PathBuf;

use clap::ValueEnum;
use kplan::diff;
use kplan::diff::source::{Side, load_side, resolve};
use kplan::discover::ReadError;
use kplan::plan::Checked;
use kplan::render::{self, DiffFormat};
use kplan::text::Key;
use kplan::{Error, Result, discover};

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
    /// Exit with 1 when there are differences, like `git diff --exit-code`.
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
    let cwd = std::env::current_dir().map_err(|source| ReadError::Read {
        path: PathBuf::from("."),
        source,
    })?;
    let old = resolve(&args.old, &cwd)?;
    let new = match &args.new {
        Some(spec) => resolve(spec, &cwd)?,
        // The working tree: the plan around us, else the revision's plan folder on disk.
        None => match (discover::find_root(&cwd)?, &old) {
            (Some(root), _) => Side::Dir(root),
            (None, Side::Rev { repo, plan_dir, .. }) => Side::Dir(repo.join(plan_dir)),
            (None, Side::Dir(_)) => {
                return Err(Error::Usage(
                    "no kplan.toml here or in any folder above; give NEW".into(),
                ));
            }
        },
    };
    let (old_label, old_plan) = load_side(&old)?;
    let (mut new_label, new_plan) = load_side(&new)?;
    let lang = render::language(&new_plan.plan, None);
    if args.new.is_none() {
        new_label = Key::DiffWorkingTree.text(lang).to_owned();
    }
    let (old_checked, new_checked) = (Checked::new(&old_plan.plan), Checked::new(&new_plan.plan));
    let comparison = diff::compare(&old_checked, &new_checked, &old_label, &new_label);
    let format = match args.format {
        Fmt::Text => DiffFormat::Text {
            color: global.color,
        },
        Fmt::Md => DiffFormat::Markdown,
        Fmt::Json => DiffFormat::Json,
    };
    let out = render::changes(&comparison, format, lang)?;
    super::out::print(&out)?;
    Ok(u8::from(args.exit_code && comparison.has_changes()))
}
