//! Rendering: the checked plan as the document a municipal council adopts, in HTML (one
//! self-contained file) and Markdown, from templates that a plan may override.

mod anchors;
mod changes;
mod markdown;
#[cfg(feature = "pdf")]
pub mod pdf;
mod run;
pub mod templates;
pub mod views;

use std::io::Write;
use std::path::PathBuf;

use crate::diag::Finding;
use crate::model::Plan;
use crate::plan::Checked;
use crate::text::{Book, Formatter, Language, catalogue};
use crate::validate::Today;
use crate::write::{OutDir, Staged, WriteError};

pub use changes::{ChangesView, DiffFormat, changes, view as changes_view};
pub use run::{Rendered, Request, run};
pub use views::DocumentData;

/// Which documents to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// `plan.html`
    Html,
    /// `plan.md`
    Markdown,
    /// `plan.pdf`: archival (PDF/A-2b) and tagged (PDF/UA-1), typeset by typst.
    Pdf,
}

impl Output {
    /// The file name written.
    pub fn file_name(self) -> &'static str {
        match self {
            Output::Html => "plan.html",
            Output::Markdown => "plan.md",
            Output::Pdf => "plan.pdf",
        }
    }

    fn template(self) -> &'static str {
        match self {
            Output::Html => "plan.html.j2",
            Output::Markdown => "plan.md.j2",
            Output::Pdf => "plan.typ",
        }
    }
}

/// A failure to render.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template is broken or refers to something the document data lacks.
    #[error("template error: {}", chain(.0))]
    Template(#[from] minijinja::Error),
    /// The document could not be written: the folder, the disk or the size limit.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The PDF template failed (typst's errors, with the template's lines).
    #[error("PDF template error: {0}")]
    Pdf(String),
    /// This kplan was built without the `pdf` feature.
    #[error(
        "this kplan was built without PDF support (the `pdf` feature); use --format html or md"
    )]
    NoPdf,
    /// The plan's files could not be read.
    #[error(transparent)]
    Read(#[from] crate::discover::ReadError),
    /// The earlier version of `--since` could not be found or read.
    #[error(transparent)]
    Since(#[from] crate::diff::source::SideError),
    /// The templates folder named on the command line or in kplan.toml is missing.
    #[error("the templates folder {} does not exist", .0.display())]
    NoTemplates(PathBuf),
    /// `[render] templates` or `output` in kplan.toml leads out of the plan folder.
    #[error(
        "[render] {field} = \"{value}\" leads out of the plan folder; kplan reads and writes only inside the plan (give a folder elsewhere with --templates or -o)"
    )]
    OutsidePlan {
        /// `templates` or `output`.
        field: &'static str,
        /// The value in kplan.toml.
        value: String,
    },
}

impl RenderError {
    /// The error in words, in any language; `None` for the ones that have English words only
    /// and for [`RenderError::Write`], which [`crate::Error::message`] puts into words.
    pub fn message(&self) -> Option<crate::diag::Msg> {
        match self {
            RenderError::Read(e) => e.message(),
            RenderError::Since(e) => e.message(),
            RenderError::NoTemplates(path) => Some(crate::msg!(
                "cli-templates-missing",
                path = path.display().to_string()
            )),
            RenderError::OutsidePlan { field, value } => Some(crate::msg!(
                "cli-render-outside-plan",
                field = *field,
                value = value
            )),
            RenderError::Write(_)
            | RenderError::Template(_)
            | RenderError::Pdf(_)
            | RenderError::NoPdf => None,
        }
    }
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
    requested.unwrap_or_else(|| plan.language())
}

/// Builds the data the templates receive from a checked plan (one without errors).
pub fn document_data(
    checked: &Checked<'_>,
    findings: &[Finding],
    lang: Language,
    today: Today,
) -> DocumentData {
    let formatter = Formatter::new(lang);
    views::build(views::Inputs {
        plan: checked.plan,
        index: &checked.index,
        analysis: checked.analysis(),
        findings,
        formatter: &formatter,
        catalogue: catalogue(Book::Document, lang).tree().clone(),
        lang: lang.code(),
        today: today.0,
    })
}

/// The document data as the template engine's value. Convert once and drop the data: for a
/// large plan the two together would double the memory held while rendering.
pub fn to_value(data: DocumentData) -> minijinja::Value {
    let mut map = std::collections::BTreeMap::new();
    // Field by field, each freed once converted: the whole data and its converted copy are
    // never in memory together.
    macro_rules! convert {
        ($($field:ident),*) => {
            let DocumentData { $($field),* } = data;
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
        workforce_totals,
        needs,
        apprentices,
        strategies,
        funding,
        measures,
        budget,
        education_support,
        indicators,
        evaluation,
        traceability,
        charts,
        appendices,
        remarks,
        changes,
        letters
    );
    minijinja::Value::from(map)
}

/// Renders one document from the document data as the engine's value (see [`to_value`])
/// into memory.
pub fn document_to_string(
    context: &minijinja::Value,
    output: Output,
    templates: Option<PathBuf>,
    lang: Language,
) -> Result<String, RenderError> {
    let mut out = Vec::new();
    write_document(context, output, templates, lang, &mut out)
        .map_err(|e| e.into_error(|e| unreachable!("writing to memory cannot fail: {e}")))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Why [`write_document`] stopped.
enum Failure {
    Template(minijinja::Error),
    Io(std::io::Error),
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    Pdf(String),
    #[cfg_attr(feature = "pdf", allow(dead_code))]
    NoPdf,
}

impl Failure {
    /// The failure as a render error; `io` says what a failure to write was.
    fn into_error(self, io: impl FnOnce(std::io::Error) -> RenderError) -> RenderError {
        match self {
            Failure::Template(e) => RenderError::Template(e),
            Failure::Io(e) => io(e),
            Failure::Pdf(e) => RenderError::Pdf(e),
            Failure::NoPdf => RenderError::NoPdf,
        }
    }
}

/// Renders one document into `out`, streamed: HTML as the template writes it, Markdown line by
/// line through [`CollapseBlankLines`].
fn write_document(
    context: &minijinja::Value,
    output: Output,
    templates: Option<PathBuf>,
    lang: Language,
    out: impl Write,
) -> Result<(), Failure> {
    if output == Output::Pdf {
        return write_pdf(context, templates, out);
    }
    let env = templates::environment(templates, Formatter::new(lang), context);
    let template = env
        .get_template(output.template())
        .map_err(Failure::Template)?;
    match output {
        Output::Html => {
            let mut writer = std::io::BufWriter::new(out);
            template
                .render_captured_to(context.clone(), &mut writer)
                .map_err(Failure::Template)?;
            writer.flush().map_err(Failure::Io)
        }
        Output::Markdown => {
            let mut writer = CollapseBlankLines::new(std::io::BufWriter::new(out));
            template
                .render_captured_to(context.clone(), &mut writer)
                .map_err(Failure::Template)?;
            writer.finish().map_err(Failure::Io)
        }
        Output::Pdf => unreachable!("handled above"),
    }
}

/// The PDF, typeset whole in memory (typst lays out every page before it writes), then written.
#[cfg(feature = "pdf")]
fn write_pdf(
    context: &minijinja::Value,
    templates: Option<PathBuf>,
    mut out: impl Write,
) -> Result<(), Failure> {
    let bytes = pdf::render(context, templates).map_err(|e| Failure::Pdf(e.0))?;
    out.write_all(&bytes).map_err(Failure::Io)?;
    out.flush().map_err(Failure::Io)
}

#[cfg(not(feature = "pdf"))]
fn write_pdf(
    _context: &minijinja::Value,
    _templates: Option<PathBuf>,
    _out: impl Write,
) -> Result<(), Failure> {
    Err(Failure::NoPdf)
}

/// At most one blank line in a row, and one newline at the end: the Markdown templates favour
/// readable control flow over exact spacing. Streams, line by line, into another writer.
struct CollapseBlankLines<W: Write> {
    inner: W,
    /// The line being written, up to its newline.
    line: Vec<u8>,
    /// Blank lines seen since the last line written.
    blank: usize,
    /// Whether a line has been written.
    started: bool,
}

impl<W: Write> CollapseBlankLines<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            line: Vec::new(),
            blank: 0,
            started: false,
        }
    }

    fn end_line(&mut self) -> std::io::Result<()> {
        let line = String::from_utf8_lossy(&self.line);
        let line = line.trim_end();
        if line.is_empty() {
            self.blank += 1;
        } else {
            if self.started && self.blank > 0 {
                self.inner.write_all(b"\n")?;
            }
            self.blank = 0;
            self.started = true;
            self.inner.write_all(line.as_bytes())?;
            self.inner.write_all(b"\n")?;
        }
        self.line.clear();
        Ok(())
    }

    /// Writes the last line (one without a newline) and flushes.
    fn finish(&mut self) -> std::io::Result<()> {
        if !self.line.is_empty() {
            self.end_line()?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Write for CollapseBlankLines<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            self.line.extend_from_slice(&rest[..i]);
            self.end_line()?;
            rest = &rest[i + 1..];
        }
        self.line.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Renders one document into a new temporary file of `out`, waiting for [`OutDir::commit`].
/// Both documents are streamed to their files, so a large plan's document is never held in
/// memory whole, and bounded by [`MAX_DOCUMENT_BYTES`](crate::limits::MAX_DOCUMENT_BYTES).
/// On failure nothing is left behind, and a failure to write (a full disk, the size limit) is
/// reported as such, not as a template error.
pub fn document_to_file(
    context: &minijinja::Value,
    output: Output,
    templates: Option<PathBuf>,
    lang: Language,
    out: &OutDir,
) -> Result<Staged, RenderError> {
    let mut staged = out.create(output.file_name())?;
    document_into(context, output, templates, lang, &mut staged)?;
    Ok(staged)
}

/// Renders into a staged file; see [`document_to_file`].
pub fn document_into(
    context: &minijinja::Value,
    output: Output,
    templates: Option<PathBuf>,
    lang: Language,
    staged: &mut Staged,
) -> Result<(), RenderError> {
    let path = staged.path().to_path_buf();
    let result = write_document(context, output, templates, lang, &mut *staged)
        .map_err(|e| e.into_error(|source| RenderError::Write(WriteError::Io { path, source })));
    // The writer's own error (disk full, size limit) wins over what the engine wrapped it in.
    match (result, staged.take_error()) {
        (Ok(()), None) => Ok(()),
        (_, Some(write)) => Err(RenderError::Write(write)),
        (Err(e), None) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_collapsed_line_by_line_as_it_streams() {
        let mut out = CollapseBlankLines::new(Vec::new());
        for chunk in ["a  \n\n", "\n  \nb\n", "c", "\n\n\nd"] {
            out.write_all(chunk.as_bytes()).unwrap();
        }
        out.finish().unwrap();
        assert_eq!(String::from_utf8(out.inner).unwrap(), "a\n\nb\nc\n\nd\n");
    }

    #[test]
    fn a_write_failure_is_reported_as_such_not_as_a_template_error() {
        let templates = tempfile::tempdir().unwrap();
        std::fs::write(
            templates.path().join("plan.html.j2"),
            "{% for i in range(1000) %}0123456789{% endfor %}",
        )
        .unwrap();
        let out_dir = tempfile::tempdir().unwrap();
        let out = OutDir::open(out_dir.path(), None).unwrap();
        for output in [Output::Html, Output::Markdown] {
            let name = output.file_name();
            std::fs::write(
                templates.path().join(format!("{name}.j2")),
                "x".repeat(5000),
            )
            .unwrap();
            let mut staged = out.create(name).unwrap().with_limit(100);
            let context = minijinja::Value::from(std::collections::BTreeMap::<String, i64>::new());
            let err = document_into(
                &context,
                output,
                Some(templates.path().to_path_buf()),
                Language::Nb,
                &mut staged,
            )
            .unwrap_err();
            assert!(
                matches!(err, RenderError::Write(WriteError::TooLarge { .. })),
                "{err}"
            );
            assert!(
                err.to_string().contains("the limit for one document"),
                "{err}"
            );
        }
    }
}
