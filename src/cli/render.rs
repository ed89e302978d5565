//! `kplan render`

use std::path::PathBuf;

use clap::ValueEnum;
use kplan::Result;
use kplan::diag::{Arg, Msg};
use kplan::msg;
use kplan::render::{self, Output, Rendered, Request};
use kplan::report::{self, Format, HumanOptions};

use super::Global;

/// Arguments of `kplan render`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan folder (default: the current folder, or the nearest one above with kplan.toml).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Output folder (default: `[render] output` in kplan.toml, else `build` in the plan folder).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Which documents to write; several with commas (`--format html,md`).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "all")]
    format: Vec<Formats>,
    /// Folder of templates that replace built-in ones file by file
    /// (default: `[render] templates` in kplan.toml).
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Add appendix B, the changes since an earlier version: a folder or a git revision
    /// (`v2025`, `HEAD~1`, `REV:path/to/plan`).
    #[arg(long, value_name = "REV_OR_DIR")]
    since: Option<String>,
    /// Print the data the templates receive (JSON) instead of writing documents.
    #[arg(long)]
    dump_context: bool,
    /// The date that counts as today, YYYY-MM-DD.
    #[arg(long, env = "KPLAN_TODAY", value_name = "DATE")]
    today: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Formats {
    Html,
    Md,
    /// The archival PDF (PDF/A-2b, tagged PDF/UA-1).
    Pdf,
    /// HTML, Markdown and PDF (a build without the PDF writer: HTML and Markdown).
    All,
}

/// The documents the formats name, each once, in the order HTML, Markdown, PDF.
fn outputs(formats: &[Formats]) -> Vec<Output> {
    let all = formats.contains(&Formats::All);
    let wants = |format: Formats| all || formats.contains(&format);
    let mut outputs = Vec::new();
    if wants(Formats::Html) {
        outputs.push(Output::Html);
    }
    if wants(Formats::Md) {
        outputs.push(Output::Markdown);
    }
    // `all` is what this build can write; `pdf` by name in a build without it says why not.
    if formats.contains(&Formats::Pdf) || (all && cfg!(feature = "pdf")) {
        outputs.push(Output::Pdf);
    }
    outputs
}

pub fn run(args: Args, global: &Global) -> Result<u8> {
    let dir = args.dir.clone();
    super::out::finish(render(args, global), || {
        super::out::language(global.lang, &dir)
    })
}

fn render(args: Args, global: &Global) -> Result<u8> {
    let request = Request {
        today: super::check::today(args.today.as_deref())?,
        outputs: outputs(&args.format),
        dir: args.dir,
        output: args.output,
        lang: global.lang,
        templates: args.templates,
        since: args.since,
        dump_context: args.dump_context,
    };
    match render::run(&request)? {
        Rendered::HasErrors {
            findings,
            sources,
            lang,
        } => {
            let cx = report::ReportContext {
                sources: &sources,
                path_prefix: "",
                lang,
                plans: &[],
            };
            let human = HumanOptions {
                color: global.color_stderr,
                width: super::check::terminal_width(),
                quiet: true,
            };
            super::out::eprint(&report::format(Format::Human, &findings, &cx, &human));
            super::out::error(lang, msg!("cli-render-has-errors"));
            return Ok(1);
        }
        Rendered::DocumentData(json) => super::out::println(&json)?,
        Rendered::Written {
            paths,
            warnings,
            notes,
            listed,
            lang,
        } if !global.quiet => {
            for path in paths {
                super::out::println(
                    &msg!("cli-wrote", path = path.display().to_string()).text(lang),
                )?;
            }
            let counts: Vec<Msg> = [
                (warnings, msg!("cli-render-warnings", count = warnings)),
                (notes, msg!("cli-render-notes", count = notes)),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(_, m)| m)
            .collect();
            if !counts.is_empty() {
                let counts = Arg::and(counts);
                let note = match listed {
                    true => msg!("cli-render-listed", listed = counts),
                    false => msg!("cli-render-not-listed", listed = counts),
                };
                super::out::note(lang, note);
            }
        }
        Rendered::Written { .. } => {}
    }
    Ok(0)
}
