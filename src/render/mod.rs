//! Rendering: the checked plan as the document a municipal council adopts, in HTML (one
//! self-contained file) and Markdown, from templates that a plan may override.

mod charts;
pub mod context;
mod format;
pub mod i18n;
mod markdown;
pub mod templates;

use std::path::{Path, PathBuf};

use crate::analysis;
use crate::diag::Finding;
use crate::model::{Language, Plan};
use crate::validate::{Index, Today};

pub use context::Context;
pub use format::Formatter;
pub use markdown::escape_markdown as markdown_escape;

/// Which documents to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// `plan.html`
    Html,
    /// `plan.md`
    Markdown,
}

impl Output {
    /// The file name written.
    pub fn file_name(self) -> &'static str {
        match self {
            Output::Html => "plan.html",
            Output::Markdown => "plan.md",
        }
    }

    fn template(self) -> &'static str {
        match self {
            Output::Html => "plan.html.j2",
            Output::Markdown => "plan.md.j2",
        }
    }
}

/// A failure to render.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template is broken or refers to something the context lacks.
    #[error("template error: {}", chain(.0))]
    Template(#[from] minijinja::Error),
    /// The document could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// The error and its causes, innermost last, each with its template and line.
fn chain(err: &minijinja::Error) -> String {
    let mut out = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        out.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    out
}

/// The language the document is written in: `--lang`, else the plan's `language`, else bokmål.
pub fn language(plan: &Plan, requested: Option<Language>) -> Language {
    requested
        .or_else(|| {
            plan.manifest
                .as_ref()
                .and_then(|m| m.plan.language.as_ref())
                .map(|l| l.value)
        })
        .unwrap_or_default()
}

/// The formatter for a language, with month names from its catalogue.
pub fn formatter(lang: Language) -> Formatter {
    let catalogue = i18n::catalogue(lang);
    let months = catalogue["months"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    Formatter { lang, months }
}

/// Builds the template context of a checked plan (one without errors).
pub fn context(plan: &Plan, findings: &[Finding], lang: Language, today: Today) -> Context {
    let index = Index::new(plan);
    let analysis = analysis::analyse(plan, &index);
    let formatter = formatter(lang);
    context::build(context::Inputs {
        plan,
        index: &index,
        analysis: &analysis,
        findings,
        formatter: &formatter,
        catalogue: i18n::catalogue(lang),
        lang: i18n::code(lang),
        today: today.0,
    })
}

/// The context as the template engine's value. Convert once and drop the context: for a large
/// plan the two together would double the memory held while rendering.
pub fn to_value(context: Context) -> minijinja::Value {
    let mut map = std::collections::BTreeMap::new();
    // Field by field, each freed once converted: the whole context and its converted copy are
    // never in memory together.
    macro_rules! convert {
        ($($field:ident),*) => {
            let Context { $($field),* } = context;
            $(
                map.insert(stringify!($field), minijinja::Value::from(minijinja::value::Serde(&$field)));
                { let _freed = $field; }
            )*
        };
    }
    convert!(
        meta,
        t,
        plan,
        summary,
        organisation,
        units,
        roles,
        anchoring,
        ambitions,
        guideline_levels,
        goals,
        competence,
        area_kinds,
        workforce,
        needs,
        strategies,
        funding,
        measures,
        budget,
        indicators,
        evaluation,
        traceability,
        charts,
        changes
    );
    minijinja::Value::from(map)
}

/// Renders one document from the context (see [`to_value`]).
pub fn render(
    context: &minijinja::Value,
    output: Output,
    templates: Option<PathBuf>,
    lang: Language,
) -> Result<String, RenderError> {
    let env = templates::environment(templates, formatter(lang), context);
    let template = env.get_template(output.template())?;
    let text = template.render(context.clone())?;
    Ok(match output {
        Output::Html => text,
        Output::Markdown => collapse_blank_lines(&text),
    })
}

/// At most one blank line in a row, and one newline at the end: the Markdown templates favour
/// readable control flow over exact spacing.
fn collapse_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A document written to a temporary file beside its final name, waiting for [`commit`].
#[derive(Debug)]
pub struct Pending {
    tmp: PathBuf,
    path: PathBuf,
}

/// Renders one document into a temporary file in `dir`. HTML is streamed to the file, so a large
/// plan's document is never held in memory whole. On failure nothing is left behind.
pub fn render_to_file(
    context: &minijinja::Value,
    output: Output,
    templates: Option<PathBuf>,
    lang: Language,
    dir: &Path,
) -> Result<Pending, RenderError> {
    let name = output.file_name();
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.kplan-tmp"));
    let write_error = |source| RenderError::Write {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(write_error)?;
    let result = match output {
        Output::Html => {
            let env = templates::environment(templates, formatter(lang), context);
            std::fs::File::create(&tmp)
                .map_err(write_error)
                .and_then(|file| {
                    let mut writer = std::io::BufWriter::new(file);
                    env.get_template(output.template())?
                        .render_captured_to(context.clone(), &mut writer)?;
                    use std::io::Write;
                    writer.flush().map_err(write_error)
                })
        }
        Output::Markdown => render(context, output, templates, lang)
            .and_then(|text| std::fs::write(&tmp, text).map_err(write_error)),
    };
    match result {
        Ok(()) => Ok(Pending { tmp, path }),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Moves every pending document to its final name (a rename: readers never see half a file).
pub fn commit(pending: Vec<Pending>) -> Result<Vec<PathBuf>, RenderError> {
    let mut done = Vec::new();
    for p in &pending {
        std::fs::rename(&p.tmp, &p.path).map_err(|source| RenderError::Write {
            path: p.path.clone(),
            source,
        })?;
        done.push(p.path.clone());
    }
    Ok(done)
}

/// Removes the temporary files of documents that will not be committed.
pub fn discard(pending: Vec<Pending>) {
    for p in pending {
        let _ = std::fs::remove_file(&p.tmp);
    }
}

/// Writes `content` to `dir/name` atomically: a temporary file in the same folder, then a rename,
/// so a reader never sees half a document.
pub fn write_atomic(dir: &Path, name: &str, content: &str) -> Result<PathBuf, RenderError> {
    let path = dir.join(name);
    let error = |source| RenderError::Write {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(error)?;
    let tmp = dir.join(format!(".{name}.kplan-tmp"));
    std::fs::write(&tmp, content).map_err(error)?;
    std::fs::rename(&tmp, &path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        error(e)
    })?;
    Ok(path)
}
