//! `kplan render`

use std::path::PathBuf;

use clap::ValueEnum;
use kplan::diag::Severity;
use kplan::diff::{
    self,
    source::{load_side, resolve},
};
use kplan::plan::Checked;
use kplan::render::{self, Output};
use kplan::report::{self, Format, HumanOptions};
use kplan::text::{Key, Language};
use kplan::write::OutDir;
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
    lang: Option<Language>,
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

pub fn run(args: Args, global: &Global) -> Result<u8> {
    let today = super::check::today(args.today.as_deref())?;
    let check::Outcome {
        root,
        sources,
        plan,
        mut findings,
    } = check::load(&args.dir)?;
    // The plan is derived once (index, analysis) and shared by the checks, the document and the
    // comparison of `--since`.
    let checked = Checked::new(&plan);
    if root.is_some() {
        check::validate(&checked, &sources, today, &mut findings);
    }
    let errors = findings.iter().any(|f| f.severity == Severity::Error);
    let Some(root) = root.as_deref().filter(|_| !errors) else {
        let cx = report::Context {
            sources: &sources,
            path_prefix: "",
        };
        let human = HumanOptions {
            color: global.color_stderr,
            width: super::check::terminal_width(),
            quiet: true,
        };
        super::out::eprint(&report::render(Format::Human, &findings, &cx, &human));
        super::out::eprintln(
            "error: the plan has errors; fix them before rendering (`kplan check` lists them)",
        );
        return Ok(1);
    };
    // The file texts are needed only to show findings; the document is made from the model.
    drop(sources);
    let lang = render::language(&plan, args.lang);
    let mut context = render::document_data(&checked, &findings, lang, today);
    if let Some(since) = &args.since {
        // A revision is looked up for this plan's folder, wherever kplan was started.
        let (label, old) = load_side(&resolve(since, root)?)?;
        let this = Key::DiffThisVersion.text(lang);
        let old_checked = Checked::new(&old.plan);
        context.changes = Some(diff::compare(&old_checked, &checked, &label, this));
    }
    if args.dump_context {
        let json = serde_json::to_string_pretty(&context).expect("the context serializes");
        super::out::println(&json)?;
        return Ok(0);
    }
    let manifest = plan
        .manifest
        .as_ref()
        .expect("a plan without errors has a manifest");
    // The plan's own folders stay inside it, also when `[checks]` has lowered the `schema`
    // finding that says they do not.
    if let Some((value, field)) = manifest.paths_outside_root().first() {
        return Err(kplan::Error::OutsidePlan {
            field,
            value: value.value.clone(),
        });
    }
    let templates = match args.templates {
        Some(dir) => Some(dir),
        None => match manifest.render.as_ref().and_then(|r| r.templates.as_ref()) {
            Some(t) => {
                let dir = root.join(&t.value);
                // A link may lead elsewhere inside the plan, never out of it.
                if dir.canonicalize().is_ok_and(|real| !real.starts_with(root)) {
                    return Err(kplan::Error::OutsidePlan {
                        field: "templates",
                        value: t.value.clone(),
                    });
                }
                Some(dir)
            }
            None => None,
        },
    };
    if let Some(dir) = templates.as_deref().filter(|d| !d.is_dir()) {
        return Err(kplan::Error::NoTemplates(dir.to_path_buf()));
    }
    // An explicit -o may point anywhere; the plan's own `[render] output` stays inside the
    // plan root, with no link on the way. Either way the folder is locked while we write.
    let out = match &args.output {
        Some(dir) => OutDir::open(dir, None)?,
        None => OutDir::open(&root.join(manifest.output_dir()), Some(root))?,
    };
    let outputs: &[Output] = match args.format {
        Formats::Html => &[Output::Html],
        Formats::Md => &[Output::Markdown],
        Formats::All => &[Output::Html, Output::Markdown],
    };
    let warnings = findings.len();
    // Only the template engine's value is needed from here on; a large plan's model need not
    // stay in memory. The data borrows from the plan, so it is converted first.
    let context = render::to_value(context);
    drop(checked);
    drop((plan, findings));
    // Every document is rendered to a temporary file first; only when all succeeded are they
    // moved into place, together, so a broken template leaves neither half a document nor a
    // stale mix. A failure drops the staged files, which removes them.
    let mut staged = Vec::new();
    for &output in outputs {
        staged.push(render::render_to_file(
            &context,
            output,
            templates.clone(),
            lang,
            &out,
        )?);
    }
    drop(context);
    let written = out.commit(staged)?;
    if !global.quiet {
        for path in written {
            super::out::println(&format!("wrote {}", path.display()))?;
        }
    }
    if warnings > 0 && !global.quiet {
        super::out::eprintln(&format!(
            "note: {warnings} warning{} from the checks are listed in the document; run `kplan check` for details",
            if warnings == 1 { "" } else { "s" }
        ));
    }
    Ok(0)
}
