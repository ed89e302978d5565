//! `kplan diff`

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use kplan::diag::Code;
use kplan::diff::{self, report};
use kplan::git::{self, RevisionPlan};
use kplan::load::{self, Loaded};
use kplan::render;
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

/// One side of the comparison.
enum Side {
    Dir(PathBuf),
    Rev {
        repo: PathBuf,
        rev: String,
        plan_dir: String,
    },
}

/// The plan folder at or above `dir`, relative to the repository's top level.
fn plan_dir_in_repo(dir: &Path, repo: &Path) -> Result<String> {
    let root = discover::find_root(dir)?;
    let repo = repo.canonicalize().unwrap_or_else(|_| repo.to_path_buf());
    Ok(root
        .and_then(|r| r.strip_prefix(&repo).ok().map(|rel| discover::relative(Path::new(""), rel)))
        .unwrap_or_default())
}

fn resolve(spec: &str, cwd: &Path) -> Result<Side> {
    if Path::new(spec).is_dir() {
        return match discover::find_root(Path::new(spec))? {
            Some(root) => Ok(Side::Dir(root)),
            None => Err(Error::Usage(format!("no kplan.toml in {spec} or any folder above it"))),
        };
    }
    let repo = git::toplevel(cwd)?;
    let (rev, path) = match spec.split_once(':') {
        Some((rev, path)) => (rev, Some(path)),
        None => (spec, None),
    };
    let plan_dir = match path {
        // `REV:./sub` is relative to the current folder, as in git.
        Some(p) if p == "." || p.starts_with("./") => {
            let here = plan_dir_in_repo(cwd, &repo).unwrap_or_default();
            let rel = p.trim_start_matches('.').trim_matches('/');
            [here.as_str(), rel].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("/")
        }
        Some(p) => p.trim_matches('/').to_owned(),
        None => plan_dir_in_repo(cwd, &repo)?,
    };
    Ok(Side::Rev {
        repo,
        rev: rev.to_owned(),
        plan_dir,
    })
}

fn load_side(side: &Side) -> Result<(String, Loaded)> {
    let (label, loaded) = match side {
        Side::Dir(root) => (discover::relative(&std::env::current_dir().unwrap_or_default(), root), load::load(root)?),
        Side::Rev { repo, rev, plan_dir } => {
            let plan = RevisionPlan::read(repo, rev, plan_dir)?;
            (plan.label.clone(), load::load_from(&plan)?)
        }
    };
    // A plan with check errors can be compared; one whose files cannot be read cannot.
    if let Some(f) = loaded.findings.iter().find(|f| f.code == Code::Parse) {
        let file = f
            .primary
            .as_ref()
            .map(|l| loaded.sources.get(l.file).path.clone())
            .unwrap_or_default();
        return Err(Error::Usage(format!("{label}: {file}: {}", f.message)));
    }
    let label = if label.is_empty() { ".".to_owned() } else { label };
    Ok((label, loaded))
}

pub fn run(args: Args, global: &Global) -> Result<u8> {
    let cwd = std::env::current_dir().map_err(|source| Error::Read {
        path: PathBuf::from("."),
        source,
    })?;
    let old = resolve(&args.old, &cwd)?;
    let new = match &args.new {
        Some(spec) => resolve(spec, &cwd)?,
        // The working tree: the same plan folder as the revision, else the plan around us.
        None => match &old {
            Side::Rev { repo, plan_dir, .. } => Side::Dir(repo.join(plan_dir)),
            Side::Dir(_) => match discover::find_root(&cwd)? {
                Some(root) => Side::Dir(root),
                None => return Err(Error::Usage("no kplan.toml here or in any folder above; give NEW".into())),
            },
        },
    };
    let (old_label, old_plan) = load_side(&old)?;
    let (mut new_label, new_plan) = load_side(&new)?;
    let lang = render::language(&new_plan.plan, None);
    let t = render::i18n::catalogue(lang);
    if args.new.is_none() {
        new_label = t["diff"]["working_tree"].as_str().unwrap_or("working tree").to_owned();
    }
    let comparison = diff::compare(&old_plan.plan, &new_plan.plan, &old_label, &new_label);
    let formatter = render::formatter(lang);
    let options = report::Options {
        t: &t,
        formatter: &formatter,
        color: global.color,
    };
    let out = match args.format {
        Fmt::Text => report::text(&comparison, &options),
        Fmt::Md => report::markdown(&comparison, &options, 1),
        Fmt::Json => report::json(&comparison),
    };
    print!("{out}");
    Ok(u8::from(args.exit_code && comparison.has_changes()))
}
