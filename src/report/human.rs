//! `--format human`: miette's graphical reports with source snippets, then a summary line.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};

use super::{Context, summary};
use crate::diag::{Code, Finding, Label, Severity};
use crate::source::Sources;

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
        .with_width(options.width);
    let mut out = String::new();
    for finding in findings {
        if options.quiet && finding.severity != Severity::Error {
            continue;
        }
        let report = Report::new(finding, cx.sources);
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
struct Report {
    message: String,
    code: Code,
    show_code: bool,
    severity: Severity,
    help: Option<String>,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl Report {
    fn new(finding: &Finding, sources: &Sources) -> Self {
        let mut message = finding.message.clone();
        let mut source = None;
        let mut labels = Vec::new();
        let mut related = Vec::new();
        if let Some(primary) = &finding.primary {
            let file = sources.get(primary.file);
            match primary.range {
                Some(range) => {
                    source = Some(named_source(finding.code, sources, primary.file, &[range]));
                    labels.push(labeled(primary, true));
                }
                None => message = format!("{}: {message}", file.path),
            }
            for label in &finding.related {
                if label.file == primary.file && label.range.is_some() && primary.range.is_some() {
                    labels.push(labeled(label, false));
                } else {
                    related.push(Self::related(label, sources));
                }
            }
        }
        Self {
            message,
            code: finding.code,
            show_code: true,
            severity: finding.severity,
            help: (!finding.help.is_empty()).then(|| finding.help.clone()),
            source,
            labels,
            related,
        }
    }

    fn related(label: &Label, sources: &Sources) -> Self {
        let text = label.message.clone().unwrap_or_default();
        Self {
            message: format!("{} ({})", text, sources.get(label.file).path),
            code: Code::Parse,
            show_code: false,
            severity: Severity::Warning,
            help: None,
            source: label
                .range
                .map(|r| named_source(Code::Parse, sources, label.file, &[r])),
            labels: label
                .range
                .map(|_| labeled(label, true))
                .into_iter()
                .collect(),
            related: Vec::new(),
        }
    }
}

/// The file's text for the snippet; identity numbers are masked so they never reach a log.
fn named_source(
    code: Code,
    sources: &Sources,
    file: crate::source::FileId,
    ranges: &[(u32, u32)],
) -> NamedSource<String> {
    let file = sources.get(file);
    let mut text = file.text.clone();
    if code == Code::PersonalData {
        for &(start, end) in ranges {
            let masked: String = text[start as usize..end as usize]
                .chars()
                .map(|c| if c.is_ascii_digit() { '*' } else { c })
                .collect();
            text.replace_range(start as usize..end as usize, &masked);
        }
    }
    NamedSource::new(file.path.clone(), text)
}

fn labeled(label: &Label, primary: bool) -> LabeledSpan {
    let (start, end) = label.range.unwrap_or((0, 0));
    let span = SourceSpan::new((start as usize).into(), (end - start) as usize);
    let text = label.message.clone();
    if primary {
        LabeledSpan::new_primary_with_span(text, span)
    } else {
        LabeledSpan::new_with_span(text, span)
    }
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.show_code
            .then(|| Box::new(self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
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
