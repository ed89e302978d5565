//! `kplan check`

use std::path::PathBuf;

use clap::ValueEnum;
use kplan::report::{self, Format, HumanOptions};
use kplan::validate::Today;
use kplan::{Error, Result, check, model::Date};

use super::Global;

/// Arguments of `kplan check`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan folder (default: the current folder, or the nearest one above with kplan.toml).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Output format (default: github under GitHub Actions, else human).
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    /// Exit 1 also when there are only warnings.
    #[arg(long)]
    deny_warnings: bool,
    /// The date that counts as today, YYYY-MM-DD.
    #[arg(long, env = "KPLAN_TODAY", value_name = "DATE")]
    today: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Human,
    Json,
    Github,
    Sarif,
    Gitlab,
}

/// Resolves `--today` / `KPLAN_TODAY`, else the system date.
pub fn today(arg: Option<&str>) -> Result<Today> {
    match arg {
        Some(text) => Date::parse(text)
            .map(Today)
            .ok_or_else(|| Error::BadDate(text.to_owned())),
        None => Ok(Today(Date(jiff::ZonedDateTime::now().date()))),
    }
}

pub fn run(args: Args, global: &Global) -> Result<u8> {
    let dir = args.dir.clone();
    let lang = || super::out::language(global.lang, &dir);
    let json = matches!(args.format, Some(OutputFormat::Json));
    let result = check(args, global);
    // `--format json` prints a document on exit 2 too: `valid: false` and the `error` (docs/json.md).
    if let (true, Err(err)) = (json, &result)
        && !matches!(err, Error::Stdout(_))
    {
        super::out::print(&report::json_failure(
            failure_kind(err),
            &err.message(),
            lang(),
        ))?;
    }
    super::out::finish(result, lang)
}

/// `error.kind` of the JSON document on exit status 2.
fn failure_kind(err: &Error) -> report::ErrorKind {
    match err {
        Error::Read(_) => report::ErrorKind::Read,
        Error::Usage(_) | Error::BadDate(_) => report::ErrorKind::Usage,
        _ => report::ErrorKind::Internal,
    }
}

fn check(args: Args, global: &Global) -> Result<u8> {
    let today = today(args.today.as_deref())?;
    let format = match args.format {
        Some(OutputFormat::Human) => Format::Human,
        Some(OutputFormat::Json) => Format::Json,
        Some(OutputFormat::Github) => Format::Github,
        Some(OutputFormat::Sarif) => Format::Sarif,
        Some(OutputFormat::Gitlab) => Format::Gitlab,
        None if std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") => Format::Github,
        None => Format::Human,
    };
    let outcome = check::check(&args.dir, today)?;
    let prefix = path_prefix(outcome.root.as_deref());
    let cx = report::ReportContext {
        sources: &outcome.sources,
        path_prefix: &prefix,
        lang: global.lang.unwrap_or_else(|| outcome.plan.language()),
    };
    let human = HumanOptions {
        color: global.color,
        width: terminal_width(),
        quiet: global.quiet,
    };
    super::out::print(&report::format(format, &outcome.findings, &cx, &human))?;
    Ok(u8::from(outcome.fails(args.deny_warnings)))
}

/// The plan root relative to the working directory, for tools that resolve paths from the
/// repository root (GitHub annotations, SARIF, GitLab Code Quality).
fn path_prefix(root: Option<&std::path::Path>) -> String {
    let (Some(root), Ok(cwd)) = (root, std::env::current_dir().and_then(|d| d.canonicalize()))
    else {
        return String::new();
    };
    match root.strip_prefix(&cwd) {
        Ok(rel) if rel.as_os_str().is_empty() => String::new(),
        Ok(rel) => format!(
            "{}/",
            kplan::discover::relative(std::path::Path::new(""), rel)
        ),
        Err(_) => String::new(),
    }
}

pub fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}
