//! `--format human`: miette's graphical reports with source snippets, then a summary line.

use std::borrow::Cow;
use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceSpan};

use super::{Context, summary};
use crate::diag::{Code, Finding, Label, Severity};
use crate::source::{FileId, Sources};

/// Presentation settings for the human format.
#[derive(Debug, Clone)]
pub struct HumanOptions {
    /// Use colours.
    pub color: bool,
    /// Wrap at this width.
    pub width: usize,
    /// Show only errors and no summary line.
    pub quiet: bool,
}

impl Default for HumanOptions {
    fn default() -> Self {
        Self {
            color: false,
            width: 100,
            quiet: false,
        }
    }
}

pub(super) fn render(findings: &[Finding], cx: &Context<'_>, options: &HumanOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_show_related_as_nested(true)
        .with_width(options.width);
    // Identity numbers are masked in every snippet that shows their lines, not only in their own.
    let masks = masked_texts(findings, cx.sources);
    let mut out = String::new();
    for finding in findings {
        if options.quiet && finding.severity != Severity::Error {
            continue;
        }
        let report = Report::new(finding, cx.sources, &masks);
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&format!("{}: {}\n", finding.code, finding.message));
        }
        out.push('\n');
    }
    if !options.quiet {
        out.push_str(&summary(findings, cx.sources.len()));
        out.push('\n');
    }
    out
}

/// One finding as a miette diagnostic.
struct Report<'a> {
    message: String,
    code: Code,
    show_code: bool,
    /// `None` for a related place, shown as advice.
    severity: Option<Severity>,
    help: Option<String>,
    source: Option<Snippet<'a>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report<'a>>,
}

impl<'a> Report<'a> {
    fn new(finding: &Finding, sources: &'a Sources, masks: &'a Masked) -> Self {
        let mut message = finding.message.clone();
        let mut source = None;
        let mut labels = Vec::new();
        let mut related = Vec::new();
        if let Some(primary) = &finding.primary {
            let file = sources.get(primary.file);
            match primary.range {
                Some(_) => {
                    source = Some(named_source(sources, primary.file, masks));
                    labels.push(labeled(primary, true, &file.text));
                }
                None => message = format!("{}: {message}", file.path),
            }
            for label in &finding.related {
                // A nearby place in the same file shares the snippet; a distant one gets its own,
                // so the snippet does not reproduce everything in between.
                let nearby = match (label.range, primary.range) {
                    (Some((a, _)), Some((b, _))) if label.file == primary.file => {
                        let (line_a, line_b) = (file.position(a).line, file.position(b).line);
                        line_a.abs_diff(line_b) <= NEARBY_LINES
                    }
                    _ => false,
                };
                if nearby {
                    labels.push(labeled(label, false, &file.text));
                } else {
                    related.push(Self::related(label, sources, masks));
                }
            }
        }
        Self {
            message,
            code: finding.code,
            show_code: true,
            severity: Some(finding.severity),
            help: (!finding.help.is_empty()).then(|| finding.help.clone()),
            source,
            labels,
            related,
        }
    }

    fn related(label: &Label, sources: &'a Sources, masks: &'a Masked) -> Self {
        let text = label.message.clone().unwrap_or_default();
        Self {
            message: format!("{} ({})", text, sources.get(label.file).path),
            code: Code::Parse,
            show_code: false,
            severity: None,
            help: None,
            source: label
                .range
                .map(|_| named_source(sources, label.file, masks)),
            labels: label
                .range
                .map(|_| labeled(label, true, &sources.get(label.file).text))
                .into_iter()
                .collect(),
            related: Vec::new(),
        }
    }
}

/// A file's text for miette. Columns are counted in characters as every other format does
/// (miette itself counts bytes, which disagrees on lines with æ, ø and å), and miette only ever
/// sees the lines around a label: it scans what it is given from the start, which for a large file
/// with many findings would be slow.
struct Snippet<'a> {
    name: String,
    /// The text, or a masked copy of it (same length) for identity numbers.
    text: Cow<'a, str>,
    /// The file, for its line table.
    file: &'a crate::source::SourceFile,
}

impl miette::SourceCode for Snippet<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'b> + 'b>, miette::MietteError> {
        let text: &str = &self.text;
        let start = span.offset().min(text.len());
        let end = (start + span.len()).min(text.len());
        // The window: `before` lines above the span's first line to `after` lines below its last.
        let first_line =
            (self.file.position(start as u32).line as usize - 1).saturating_sub(before);
        let last_line = self.file.position(end as u32).line as usize - 1 + after;
        let window_start = self.file.offset_of(first_line as u32 + 1, 1) as usize;
        let window_end = (self.file.offset_of(last_line as u32 + 2, 1) as usize).min(text.len());
        let window = &text[window_start..window_end.max(window_start)];
        let local = SourceSpan::new((start - window_start).into(), end - start);
        let inner = window.read_span(&local, before, after)?;
        let column = if before == 0 && after == 0 {
            // The header's position: the start of the span, counted in characters.
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            text[line_start..start].chars().count()
        } else {
            inner.column()
        };
        let absolute = SourceSpan::new(
            (inner.span().offset() + window_start).into(),
            inner.span().len(),
        );
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            absolute,
            inner.line() + first_line,
            column,
            inner.line_count(),
        )))
    }
}

/// Copies of the files that hold identity numbers, with their digits masked; made once per
/// report, not once per finding.
type Masked = Vec<(FileId, String)>;

/// The texts of the files with `personal-data` findings, each number's digits (of any script)
/// replaced by `*`, so that no snippet shows them, whichever finding it belongs to.
fn masked_texts(findings: &[Finding], sources: &Sources) -> Masked {
    let mut masked: Masked = Vec::new();
    let labels = findings
        .iter()
        .filter(|f| f.code == Code::PersonalData)
        .filter_map(|f| f.primary.as_ref());
    for label in labels {
        let Some((start, end)) = label.range else {
            continue;
        };
        let i = match masked.iter().position(|(id, _)| *id == label.file) {
            Some(i) => i,
            None => {
                masked.push((label.file, sources.get(label.file).text.clone()));
                masked.len() - 1
            }
        };
        let text = &mut masked[i].1;
        // The same length in bytes, so the line table still holds.
        let stars: String = text[start as usize..end as usize]
            .chars()
            .map(|c| match c.is_numeric() {
                true => "*".repeat(c.len_utf8()),
                false => c.to_string(),
            })
            .collect();
        text.replace_range(start as usize..end as usize, &stars);
    }
    masked
}

/// The file's text for the snippet, masked if it holds identity numbers.
fn named_source<'a>(sources: &'a Sources, id: FileId, masks: &'a Masked) -> Snippet<'a> {
    let file = sources.get(id);
    let text = match masks.iter().find(|(m, _)| *m == id) {
        Some((_, text)) => text.as_str(),
        None => file.text.as_str(),
    };
    Snippet {
        name: file.path.clone(),
        text: Cow::Borrowed(text),
        file,
    }
}

/// Related places at most this many lines from the primary one share its snippet.
const NEARBY_LINES: u32 = 4;

/// Labels longer than this many lines are cut to their first line, so a finding on a whole
/// section shows where it starts rather than the whole section.
const MAX_LABEL_LINES: usize = 3;

fn labeled(label: &Label, primary: bool, text: &str) -> LabeledSpan {
    let (start, mut end) = label.range.unwrap_or((0, 0));
    let covered = text.get(start as usize..end as usize).unwrap_or("");
    if covered.lines().count() > MAX_LABEL_LINES {
        end = start + covered.find('\n').unwrap_or(covered.len()) as u32;
    }
    let span = SourceSpan::new((start as usize).into(), (end - start) as usize);
    let text = label.message.clone();
    if primary {
        LabeledSpan::new_primary_with_span(text, span)
    } else {
        LabeledSpan::new_with_span(text, span)
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.show_code
            .then(|| Box::new(self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Some(Severity::Error) => miette::Severity::Error,
            Some(Severity::Warning) => miette::Severity::Warning,
            None => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        (!self.labels.is_empty())
            .then(|| Box::new(self.labels.iter().cloned()) as Box<dyn Iterator<Item = LabeledSpan>>)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        (!self.related.is_empty()).then(|| {
            Box::new(self.related.iter().map(|r| r as &dyn Diagnostic))
                as Box<dyn Iterator<Item = &dyn Diagnostic>>
        })
    }
}
