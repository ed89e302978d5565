//! `kplan check`

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use kplan::report::{self, Format, HumanOptions};
use kplan::validate::Today;
use kplan::{Error, Result, check, model::Date};

use super::Global;

/// Arguments of `kplan check`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan folders or planverk roots (default: the current folder, or the nearest one above
    /// with kplan.toml). Several are checked in one run with one report.
    #[arg(default_value = ".", num_args = 1..)]
    dirs: Vec<PathBuf>,
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
    let dir = args.dirs[0].clone();
    let lang = || super::out::language(global.lang, &dir);
    let format = format(args.format);
    let result = check(args, format, global);
    if let Err(err) = &result {
        // The language is looked up once (it reads the plan's manifest).
        let lang = lang();
        let message = err.message();
        if format == Format::Github {
            let plan = dir.display().to_string();
            append_step_summary(
                &report::job_summary::failure(&plan, &message.text(lang), lang),
                lang,
            );
        }
        // `--format json` and `sarif` print a document on exit 2 too (docs/json.md, docs/ci.md),
        // unless standard output itself is what failed.
        if !matches!(err, Error::Stdout(_))
            && let Some(text) = report::failure(format, failure_kind(err), &message, lang)
        {
            // Best effort: if this fails too, the error below still says what went wrong.
            let _ = super::out::print(&text);
        }
        return super::out::finish(result, || lang);
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

/// `--format`, else github under GitHub Actions, else human.
fn format(arg: Option<OutputFormat>) -> Format {
    match arg {
        Some(OutputFormat::Human) => Format::Human,
        Some(OutputFormat::Json) => Format::Json,
        Some(OutputFormat::Github) => Format::Github,
        Some(OutputFormat::Sarif) => Format::Sarif,
        Some(OutputFormat::Gitlab) => Format::Gitlab,
        None if std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") => Format::Github,
        None => Format::Human,
    }
}

fn check(args: Args, format: Format, global: &Global) -> Result<u8> {
    let today = today(args.today.as_deref())?;
    if args.dirs.len() > 1 || check::is_planverk(&args.dirs[0]) {
        return check_many(&args, today, format, global);
    }
    let outcome = check::check(&args.dirs[0], today)?;
    let prefix = path_prefix(outcome.root.as_deref());
    let cx = report::ReportContext {
        sources: &outcome.sources,
        path_prefix: &prefix,
        lang: global.lang.unwrap_or_else(|| outcome.plan.language()),
        plans: &[],
    };
    let human = HumanOptions {
        color: global.color,
        width: terminal_width(),
        quiet: global.quiet,
    };
    super::out::print(&report::format(format, &outcome.findings, &cx, &human))?;
    let fails = outcome.fails(args.deny_warnings);
    if format == Format::Github {
        step_summary(&outcome, &cx, &args.dirs[0], fails);
    }
    Ok(u8::from(fails))
}

/// `kplan check` of a planverk or of several folders: one report, one exit status.
fn check_many(
    args: &Args,
    today: kplan::validate::Today,
    format: Format,
    global: &Global,
) -> Result<u8> {
    let cwd = std::env::current_dir()
        .and_then(|d| d.canonicalize())
        .unwrap_or_default();
    let outcome = check::check_many(&args.dirs, today, &cwd)?;
    let cx = report::ReportContext {
        sources: &outcome.sources,
        path_prefix: "",
        lang: global.lang.unwrap_or(outcome.language),
        plans: &outcome.plans,
    };
    let human = HumanOptions {
        color: global.color,
        width: terminal_width(),
        quiet: global.quiet,
    };
    super::out::print(&report::format(format, &outcome.findings, &cx, &human))?;
    let fails = outcome.fails(args.deny_warnings);
    if format == Format::Github {
        let names: Vec<String> = outcome.plans.iter().map(|p| p.id.clone()).collect();
        append_step_summary(
            &report::job_summary::format(&outcome.findings, &cx, &names.join(", "), fails),
            cx.lang,
        );
    }
    Ok(u8::from(fails))
}

/// Under GitHub Actions (`GITHUB_STEP_SUMMARY` names a file), appends the run's summary to the
/// job's summary page.
fn step_summary(outcome: &check::Outcome, cx: &report::ReportContext<'_>, dir: &Path, fails: bool) {
    let folder = if cx.path_prefix.is_empty() {
        dir.display().to_string()
    } else {
        cx.path_prefix.trim_end_matches('/').to_owned()
    };
    let plan = match outcome
        .plan
        .manifest
        .as_ref()
        .map(|m| m.plan.title.value.trim())
    {
        Some(title) if !title.is_empty() => format!("{title} ({folder})"),
        _ => folder,
    };
    append_step_summary(
        &report::job_summary::format(&outcome.findings, cx, &plan, fails),
        cx.lang,
    );
}

/// Appends `text` and a blank line to the file `GITHUB_STEP_SUMMARY` names, if it names one. The
/// file is the runner's, not the plan's; if it cannot be written, a note says so and the check's
/// own result stands.
fn append_step_summary(text: &str, lang: kplan::text::Language) {
    let Some(file) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|f| !f.is_empty()) else {
        return;
    };
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&file)
        .and_then(|mut f| std::io::Write::write_all(&mut f, format!("{text}\n").as_bytes()));
    if let Err(e) = written {
        super::out::note(
            lang,
            kplan::msg!(
                "cli-step-summary-failed",
                file = PathBuf::from(file).display().to_string(),
                error = e.to_string()
            ),
        );
    }
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
