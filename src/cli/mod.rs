//! The command line: arguments, dispatch, printing and exit codes. The only layer that prints.

mod check;
mod completions;
mod diff;
mod explain;
mod init;
mod out;
mod render;
mod schema;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Strategic competence plans (KS model) as code: check, render and compare plan files.
#[derive(Parser)]
#[command(name = "kplan", version, about, propagate_version = true)]
struct Cli {
    /// When to use colours (NO_COLOR is respected).
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    color: Color,
    /// Print only errors.
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Language of messages, documents and scaffolds (default: KPLAN_LANG, else the plan's
    /// `language`).
    #[arg(long, value_enum, global = true, value_name = "nb|nn|en")]
    lang: Option<kplan::text::Language>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new plan covering all seven steps, with guidance in the files.
    Init(init::Args),
    /// Validate a plan and cross-check goals, needs and measures.
    Check(check::Args),
    /// Write the plan document (HTML, Markdown and PDF) for the council.
    Render(render::Args),
    /// Show what changed between two revisions of a plan (folders or git revisions).
    Diff(diff::Args),
    /// Write JSON Schemas for kplan.toml and plan files, for editor completion.
    ///
    /// Their descriptions (what a field means, its unit, an example) are in the language of
    /// `--lang` or `KPLAN_LANG`, else of the plan in the current folder, else bokmål. Editors read
    /// them from the plan folder: `#:schema ./schemas/plan.schema.json` in TOML files (Even Better
    /// TOML), `# yaml-language-server: $schema=./schemas/plan.schema.json` in YAML files (Red Hat's
    /// YAML extension); `kplan init` writes both.
    Schema(schema::Args),
    /// Explain a rule code, or list every rule.
    Explain(explain::Args),
    /// Print the completion script for a shell (bash, zsh, fish, powershell).
    Completions(completions::Args),
    /// Print the man page (roff): `kplan man > kplan.1`.
    Man,
}

/// `--color`
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour output on a stream that is (or is not) a terminal.
    fn enabled(self, terminal: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal,
        }
    }
}

/// Global options every command sees.
struct Global {
    /// Colour on stdout.
    color: bool,
    /// Colour on stderr.
    color_stderr: bool,
    quiet: bool,
    /// `--lang` / `KPLAN_LANG`.
    lang: Option<kplan::text::Language>,
}

/// Exit status: 0 success, 1 findings of error severity, 2 kplan could not do its job.
pub(crate) const EXIT_FAILURE: u8 = 2;

/// `KPLAN_LANG`: unset or blank is no choice; `nb`, ` NN ` … a language; anything else is the
/// value, for the error.
fn env_language() -> Result<Option<kplan::text::Language>, String> {
    let Some(value) = std::env::var_os("KPLAN_LANG") else {
        return Ok(None);
    };
    let value = value.to_string_lossy();
    let code = value.trim().to_lowercase();
    if code.is_empty() {
        return Ok(None);
    }
    kplan::text::Language::from_code(&code)
        .map(Some)
        .ok_or_else(|| value.into_owned())
}

/// Parses the command line and runs the command.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { EXIT_FAILURE } else { 0 });
        }
    };
    let lang = match cli.lang.map_or_else(env_language, |lang| Ok(Some(lang))) {
        Ok(lang) => lang,
        Err(value) => {
            let message = kplan::msg!("cli-bad-lang-env", value = value);
            out::eprintln(&kplan::msg!("cli-error", message = message).text(Default::default()));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let global = Global {
        color: cli.color.enabled(std::io::stdout().is_terminal()),
        color_stderr: cli.color.enabled(std::io::stderr().is_terminal()),
        quiet: cli.quiet,
        lang,
    };
    // An interrupted run removes its temporary files; a document half replaced is never left.
    let _ = ctrlc::set_handler(|| {
        kplan::write::cleanup();
        std::process::exit(130);
    });
    let result = match cli.command {
        Command::Init(args) => init::run(args, &global),
        Command::Check(args) => check::run(args, &global),
        Command::Render(args) => render::run(args, &global),
        Command::Diff(args) => diff::run(args, &global),
        Command::Schema(args) => schema::run(args, &global),
        Command::Explain(args) => explain::run(args, &global),
        Command::Completions(args) => completions::run(args),
        Command::Man => completions::man(),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            out::eprintln(&format!("error: {err}"));
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
