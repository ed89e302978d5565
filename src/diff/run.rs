//! `kplan diff` as a library call: find the two sides, load them, check them and compare. The
//! CLI parses arguments, hands the comparison to `render::changes` and prints.

use std::path::PathBuf;

use super::source::{Side, SideError, load_side, resolve};
use super::{Comparison, compare};
use crate::discover;
use crate::plan::Checked;
use crate::text::{Key, Language};

/// What to compare, as `kplan diff` is asked.
#[derive(Debug, Clone)]
pub struct Request {
    /// The old side: a folder or a git revision (`v2025`, `HEAD~1`, `REV:path`).
    pub old: String,
    /// The new side, the same way; `None`: the plan in the working tree.
    pub new: Option<String>,
    /// The folder the sides are looked up from (the current folder).
    pub cwd: PathBuf,
}

/// A comparison and the language to show it in (the new side's).
#[derive(Debug)]
pub struct Compared {
    /// What changed.
    pub comparison: Comparison,
    /// The new plan's language.
    pub language: Language,
}

/// Resolves, loads and compares the two sides of `request`.
pub fn run(request: &Request) -> Result<Compared, SideError> {
    let old = resolve(&request.old, &request.cwd)?;
    let new = match &request.new {
        Some(spec) => resolve(spec, &request.cwd)?,
        // The working tree: the plan around us, else the revision's plan folder on disk.
        None => match (discover::find_root(&request.cwd)?, &old) {
            (Some(root), _) => Side::Dir(root),
            (None, Side::Rev { repo, plan_dir, .. }) => Side::Dir(repo.join(plan_dir)),
            (None, Side::Dir(_)) => return Err(SideError::NoWorkingPlan),
        },
    };
    let (old_label, old_plan) = load_side(&old)?;
    let (new_label, new_plan) = load_side(&new)?;
    let language = new_plan.plan.language();
    let new_label = match request.new {
        Some(_) => new_label,
        None => Key::DiffWorkingTree.text(language).to_owned(),
    };
    let (old_checked, new_checked) = (Checked::new(&old_plan.plan), Checked::new(&new_plan.plan));
    let mut comparison = compare(&old_checked, &new_checked, &old_label, &new_label);
    comparison.context.old.revision = matches!(old, Side::Rev { .. });
    comparison.context.new.revision = matches!(new, Side::Rev { .. });
    Ok(Compared {
        comparison,
        language,
    })
}
