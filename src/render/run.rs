//! `kplan render` as a library call: check the plan, build its document data, and write the
//! documents (or hand back the data). The CLI only parses arguments and prints what comes back.

use std::path::{Path, PathBuf};

use super::{Output, RenderError, document_data, document_to_file, language, to_value};
use crate::check;
use crate::diag::{Finding, Severity};
use crate::diff::{
    self,
    source::{load_side, resolve},
};
use crate::model::Manifest;
use crate::plan::Checked;
use crate::source::Sources;
use crate::text::{Key, Language};
use crate::validate::Today;
use crate::write::OutDir;

/// What to render, as `kplan render` is asked.
#[derive(Debug, Clone)]
pub struct Request {
    /// The plan folder, or a folder inside it.
    pub dir: PathBuf,
    /// The output folder; `None`: `[render] output` of the plan, inside the plan root.
    pub output: Option<PathBuf>,
    /// Which documents to write, in this order.
    pub outputs: Vec<Output>,
    /// The document's language; `None`: the plan's `language`.
    pub lang: Option<Language>,
    /// A folder of templates replacing built-in ones; `None`: `[render] templates` of the plan.
    pub templates: Option<PathBuf>,
    /// An earlier version (a folder or a git revision) to add appendix B, the changes since it.
    pub since: Option<String>,
    /// Hand back the document data as JSON instead of writing documents.
    pub dump_context: bool,
    /// The date that counts as today.
    pub today: Today,
}

/// What a render did.
#[derive(Debug)]
pub enum Rendered {
    /// No plan was found, or it has errors: nothing was written. The findings to show, and the
    /// files they point into.
    HasErrors {
        /// Every finding of the check, sorted.
        findings: Vec<Finding>,
        /// The files read, for the findings' snippets.
        sources: Sources,
        /// The language to report them in: `--lang`, else the plan's.
        lang: Language,
    },
    /// The document data as pretty-printed JSON ([`Request::dump_context`]); nothing was
    /// written.
    DocumentData(String),
    /// The documents were written.
    Written {
        /// The documents, in the order asked for.
        paths: Vec<PathBuf>,
        /// How many warnings the check left; the document lists them.
        warnings: usize,
        /// How many notes the check left; the document lists them too.
        notes: usize,
        /// Whether the document lists them (`[render] show_findings`).
        listed: bool,
        /// The language the documents are written in.
        lang: Language,
    },
}

/// Checks the plan and renders it: the documents of `request` are written together or not at
/// all. A plan with errors is not rendered ([`Rendered::HasErrors`]); operational failures (a
/// folder leading out of the plan, a broken template, a full disk) are errors.
pub fn run(request: &Request) -> Result<Rendered, RenderError> {
    let check::Outcome {
        root,
        sources,
        plan,
        mut findings,
    } = check::read(&request.dir)?;
    // The plan is derived once (index, analysis) and shared by the checks, the document and the
    // comparison of `since`.
    let checked = Checked::new(&plan);
    if root.is_some() {
        check::run_rules(&checked, &sources, request.today, &mut findings);
    }
    let errors = findings.iter().any(|f| f.severity == Severity::Error);
    let Some(root) = root.as_deref().filter(|_| !errors) else {
        drop(checked);
        let lang = language(&plan, request.lang);
        return Ok(Rendered::HasErrors {
            findings,
            sources,
            lang,
        });
    };
    // The file texts are needed only to show findings; the document is made from the model.
    drop(sources);
    let lang = language(&plan, request.lang);
    let mut data = document_data(&checked, &findings, lang, request.today);
    if let Some(since) = &request.since {
        // A revision is looked up for this plan's folder, wherever kplan was started.
        let side = resolve(since, root)?;
        let (label, old) = load_side(&side)?;
        let this = Key::DiffThisVersion.text(lang);
        let old_checked = Checked::new(&old.plan);
        let mut comparison = diff::compare(&old_checked, &checked, &label, this);
        comparison.context.old.revision = matches!(side, diff::source::Side::Rev { .. });
        data.set_changes(super::changes_view(&comparison, lang));
    }
    if request.dump_context {
        let json = serde_json::to_string_pretty(&data).expect("the document data serializes");
        return Ok(Rendered::DocumentData(json));
    }
    let manifest = plan
        .manifest
        .as_ref()
        .expect("a plan without errors has a manifest");
    let templates = templates(request, manifest, root)?;
    // An explicit output folder may be anywhere; the plan's own `[render] output` stays inside
    // the plan root, with no link on the way. Either way the folder is locked while we write.
    let out = match &request.output {
        Some(dir) => OutDir::open(dir, None)?,
        None => OutDir::open(&root.join(manifest.output_dir()), Some(root))?,
    };
    let listed = manifest.show_findings();
    let count = |s: crate::diag::Severity| findings.iter().filter(|f| f.severity == s).count();
    let (warnings, notes) = (
        count(crate::diag::Severity::Warning),
        count(crate::diag::Severity::Note),
    );
    // Only the document data is needed from here on; a large plan's model need not stay in
    // memory while the data is converted.
    drop(checked);
    drop((plan, findings));
    let value = to_value(data);
    // Every document is rendered to a temporary file first; only when all succeeded are they
    // moved into place, together, so a broken template leaves neither half a document nor a
    // stale mix. A failure drops the staged files, which removes them.
    let mut staged = Vec::new();
    for &output in &request.outputs {
        staged.push(document_to_file(
            &value,
            output,
            templates.clone(),
            lang,
            &out,
        )?);
    }
    drop(value);
    let paths = out.commit(staged)?;
    Ok(Rendered::Written {
        paths,
        warnings,
        notes,
        listed,
        lang,
    })
}

/// The templates folder: the one asked for, else the plan's `[render] templates`, which must
/// stay inside the plan. `None`: the built-in templates only.
fn templates(
    request: &Request,
    manifest: &Manifest,
    root: &Path,
) -> Result<Option<PathBuf>, RenderError> {
    // The plan's own folders stay inside it, also when `[checks]` has lowered the `schema`
    // finding that says they do not.
    if let Some((value, field)) = manifest.paths_outside_root().first() {
        return Err(RenderError::OutsidePlan {
            field,
            value: value.value.clone(),
        });
    }
    let templates = match &request.templates {
        Some(dir) => Some(dir.clone()),
        None => match manifest.render.as_ref().and_then(|r| r.templates.as_ref()) {
            Some(t) => {
                let dir = root.join(&t.value);
                // A link may lead elsewhere inside the plan, never out of it.
                if dir.canonicalize().is_ok_and(|real| !real.starts_with(root)) {
                    return Err(RenderError::OutsidePlan {
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
        return Err(RenderError::NoTemplates(dir.to_path_buf()));
    }
    Ok(templates)
}
