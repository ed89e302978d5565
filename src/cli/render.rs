//! `kplan render`

use std::path::PathBuf;

use clap::ValueEnum;
use kplan::diag::Severity;
use kplan::diff::{
    self,
    source::{load_side, resolve},
};
use kplan::model::Language;
use kplan::render::{self, Output};
use kplan::report::{self, Format, HumanOptions};
use kplan::{Result, check};

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
    /// Which documents to write.
    #[arg(long, value_enum, default_value_t = Formats::All)]
    format: Formats,
    /// Language of the document (default: the plan's `language`).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
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
    All,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Nb,
    Nn,
    En,
}

pub fn run(args: Args, global: &Global) -> Result<u8> {
    let today = super::check::today(args.today.as_deref())?;
    let outcome = check::check(&args.dir, today)?;
    let errors = outcome
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error);
    let Some(root) = outcome.root.as_deref().filter(|_| !errors) else {
        let cx = report::Context {
            sources: &outcome.sources,
            path_prefix: "",
        };
        let human = HumanOptions {
            color: global.color_stderr,
            width: super::check::terminal_width(),
            quiet: true,
        };
        eprint!(
            "{}",
            report::render(Format::Human, &outcome.findings, &cx, &human)
        );
        eprintln!(
            "error: the plan has errors; fix them before rendering (`kplan check` lists them)"
        );
        return Ok(1);
    };
    let lang = render::language(
        &outcome.plan,
        args.lang.map(|l| match l {
            Lang::Nb => Language::Nb,
            Lang::Nn => Language::Nn,
            Lang::En => Language::En,
        }),
    );
    let mut context = render::context(&outcome.plan, &outcome.findings, lang, today);
    if let Some(since) = &args.since {
        let cwd = std::env::current_dir().map_err(|source| kplan::Error::Read {
            path: PathBuf::from("."),
            source,
        })?;
        let (label, old) = load_side(&resolve(since, &cwd)?)?;
        let this = context.t["diff"]["this_version"]
            .as_str()
            .unwrap_or("this version")
            .to_owned();
        context.changes = Some(diff::compare(&old.plan, &outcome.plan, &label, &this));
    }
    if args.dump_context {
        let json = serde_json::to_string_pretty(&context).expect("the context serializes");
        println!("{json}");
        return Ok(0);
    }
    let manifest = outcome
        .plan
        .manifest
        .as_ref()
        .expect("a plan without errors has a manifest");
    let templates = args.templates.or_else(|| {
        manifest
            .render
            .as_ref()
            .and_then(|r| r.templates.as_ref())
            .map(|t| root.join(&t.value))
    });
    if let Some(dir) = templates.as_deref().filter(|d| !d.is_dir()) {
        return Err(kplan::Error::Render(format!(
            "the templates folder {} does not exist",
            dir.display()
        )));
    }
    let out_dir = args
        .output
        .unwrap_or_else(|| root.join(manifest.output_dir()));
    let outputs: &[Output] = match args.format {
        Formats::Html => &[Output::Html],
        Formats::Md => &[Output::Markdown],
        Formats::All => &[Output::Html, Output::Markdown],
    };
    // Render everything before writing anything: a broken template leaves no half output.
    let mut documents = Vec::new();
    for &output in outputs {
        let text = render::render(&context, output, templates.clone(), lang)
            .map_err(|e| kplan::Error::Render(e.to_string()))?;
        documents.push((output, text));
    }
    for (output, text) in documents {
        let path = render::write_atomic(&out_dir, output.file_name(), &text)
            .map_err(|e| kplan::Error::Render(e.to_string()))?;
        if !global.quiet {
            println!("wrote {}", path.display());
        }
    }
    let warnings = outcome.findings.len();
    if warnings > 0 && !global.quiet {
        eprintln!(
            "note: {warnings} warning{} from the checks are listed in the document; run `kplan check` for details",
            if warnings == 1 { "" } else { "s" }
        );
    }
    Ok(0)
}
