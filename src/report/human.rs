//! `--format human`: miette's graphical reports with source snippets, then a summary line.

use std::borrow::Cow;
use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceSpan};

use super::{ReportContext, summary};
use crate::diag::{Code, Finding, Label, Severity};
use crate::source::{FileId, Sources};
use crate::text::Language;

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

pub(super) fn format(
    findings: &[Finding],
    cx: &ReportContext<'_>,
    options: &HumanOptions,
    files: usize,
) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_context_lines(CONTEXT_LINES)
        .with_show_related_as_nested(true)
        // `own-budget`, `kplan.toml` and ids stay whole when a line wraps, and so does a
        // suggested line in backticks (`title: "Mål: flere"`), so it can be copied as it is.
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_word_separator(textwrap::WordSeparator::Custom(words_keeping_code))
        .with_break_words(false)
        .with_width(options.width);
    // Identity numbers are masked in every snippet that shows their lines, not only in their own.
    let masks = masked_ranges(findings);
    let mut out = String::new();
    for finding in findings {
        if options.quiet && finding.severity != Severity::Error {
            continue;
        }
        let report = Report::new(finding, cx.sources, &masks, cx.lang);
        let mut one = String::new();
        if handler.render_report(&mut one, &report).is_err() {
            one = format!("{}: {}\n", finding.code, finding.message.text(cx.lang));
        }
        out.push_str(&translate_help(&one, cx.lang));
        out.push('\n');
    }
    if !options.quiet {
        out.push_str(&summary(findings, files, cx.lang));
        out.push('\n');
    }
    out
}

/// The words of a line for wrapping: split at spaces, except inside backticks (a code span is
/// one word). An unclosed backtick runs to the end of the line.
fn words_keeping_code(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut in_code = false;
    let mut after_space = false;
    for (i, c) in line.char_indices() {
        if c == '`' {
            in_code = !in_code;
        }
        if c == ' ' && !in_code {
            after_space = true;
        } else if after_space {
            words.push(textwrap::core::Word::from(&line[start..i]));
            start = i;
            after_space = false;
        }
    }
    if start < line.len() {
        words.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// miette writes the word `help:` itself; in a Norwegian report it becomes `hjelp:`. Only the
/// first such word after a line's indentation and frame characters is replaced, so a plan's text
/// that contains "help:" is left alone (the help line is always the last line of a report that
/// has one).
fn translate_help(report: &str, lang: Language) -> String {
    let word = crate::msg!("report-help-word").text(lang);
    let lines: Vec<&str> = report.split_inclusive('\n').collect();
    let is_help = |line: &str| {
        line.trim_start_matches(|c: char| {
            c.is_whitespace() || "│╰─┬├".contains(c) || c == '\u{1b}' || c == '[' || c == ';'
        })
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == 'm')
        .starts_with("help:")
    };
    let at = match lines.iter().rposition(|l| is_help(l)) {
        Some(at) if word != "help" => at,
        _ => return report.to_owned(),
    };
    // The help's wrapped lines are indented under the English word; indent them under ours.
    let extra = " ".repeat(word.chars().count().saturating_sub("help".len()));
    let mut out = String::with_capacity(report.len() + 8);
    let mut in_help = false;
    for (i, line) in lines.iter().enumerate() {
        if i == at {
            out.push_str(&line.replacen("help:", &format!("{word}:"), 1));
            in_help = true;
        } else if in_help && line.starts_with("        ") {
            out.push_str(&extra);
            out.push_str(line);
        } else {
            in_help = false;
            out.push_str(line);
        }
    }
    out
}

/// One finding as a miette diagnostic.
struct Report {
    message: String,
    code: Code,
    show_code: bool,
    /// `None` for a related place, shown as advice.
    severity: Option<Severity>,
    help: Option<String>,
    source: Option<Snippet>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl Report {
    fn new(finding: &Finding, sources: &Sources, masks: &Masks, lang: Language) -> Self {
        let mut message = escape_controls(&finding.message.text(lang)).into_owned();
        let mut source = None;
        let mut labels = Vec::new();
        let mut related = Vec::new();
        if let Some(primary) = &finding.primary {
            let file = sources.get(primary.file);
            let mut shown = Vec::new();
            match primary.range {
                Some(_) => shown.push((primary, true)),
                None => message = format!("{}: {message}", escape_controls(&file.path)),
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
                    shown.push((label, false));
                } else {
                    related.push(Self::related(label, sources, masks, lang));
                }
            }
            if !shown.is_empty() {
                let ranges: Vec<_> = shown.iter().map(|(l, _)| cut(l, &file.text)).collect();
                let (snippet, spans) = snippet(file, &ranges, masks.of(primary.file));
                source = Some(snippet);
                labels = shown
                    .iter()
                    .zip(spans)
                    .map(|((label, primary), span)| labeled(label, *primary, span, lang))
                    .collect();
            }
        }
        Self {
            message,
            code: finding.code,
            show_code: true,
            severity: Some(finding.severity),
            help: finding
                .help
                .as_ref()
                .map(|h| escape_controls(&h.text(lang)).into_owned()),
            source,
            labels,
            related,
        }
    }

    fn related(label: &Label, sources: &Sources, masks: &Masks, lang: Language) -> Self {
        let text = label
            .message
            .as_ref()
            .map(|m| m.text(lang))
            .unwrap_or_default();
        let text = text.as_str();
        let file = sources.get(label.file);
        let (source, labels) = match label.range {
            Some(_) => {
                let (snippet, spans) =
                    snippet(file, &[cut(label, &file.text)], masks.of(label.file));
                (Some(snippet), vec![labeled(label, true, spans[0], lang)])
            }
            None => (None, Vec::new()),
        };
        Self {
            message: format!(
                "{} ({})",
                escape_controls(text),
                escape_controls(&file.path)
            ),
            code: Code::Parse,
            show_code: false,
            severity: None,
            help: None,
            source,
            labels,
            related: Vec::new(),
        }
    }
}

/// What miette is shown of a file: only the lines around the labels, each long line clipped to
/// windows around the labels' ends, control characters replaced by visible ones and identity
/// numbers masked. The output of a finding is so bounded whatever the size of its file or the
/// length of its lines (miette would also panic past column 65 535: Rust's format width is a
/// `u16`), and miette never scans more than a few lines.
struct Snippet {
    name: String,
    /// The shown text: file lines `first_line..` joined by `\n`, one shown line per file line.
    text: String,
    /// 0-based file line of the first shown line.
    first_line: usize,
    /// For each label start (an offset in `text`): its real 0-based line and column (in
    /// characters), for the header.
    starts: Vec<(usize, usize, usize)>,
}

impl miette::SourceCode for Snippet {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'b> + 'b>, miette::MietteError> {
        let inner = self.text.as_str().read_span(span, before, after)?;
        let (line, column) = match self.starts.iter().find(|s| s.0 == span.offset()) {
            Some(&(_, line, column)) if before == 0 && after == 0 => (line, column),
            _ => (inner.line() + self.first_line, inner.column()),
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            line,
            column,
            inner.line_count(),
        )))
    }
}

/// Where identity numbers are, per file: every snippet that shows their lines shows their digits
/// as `*`, whichever finding it belongs to (a `unused` on the line above must not print them).
struct Masks(Vec<(FileId, Vec<(u32, u32)>)>);

impl Masks {
    fn of(&self, file: FileId) -> &[(u32, u32)] {
        self.0
            .iter()
            .find(|(f, _)| *f == file)
            .map_or(&[], |(_, ranges)| ranges.as_slice())
    }
}

/// The ranges of the `personal-data` findings.
fn masked_ranges(findings: &[Finding]) -> Masks {
    let mut masks: Vec<(FileId, Vec<(u32, u32)>)> = Vec::new();
    let labels = findings
        .iter()
        .filter(|f| f.code == Code::PersonalData)
        .filter_map(|f| f.primary.as_ref());
    for label in labels {
        let Some(range) = label.range else {
            continue;
        };
        match masks.iter_mut().find(|(f, _)| *f == label.file) {
            Some((_, ranges)) => ranges.push(range),
            None => masks.push((label.file, vec![range])),
        }
    }
    Masks(masks)
}

/// Lines of context miette shows above and below a label.
const CONTEXT_LINES: usize = 1;

/// Lines up to this many bytes are shown whole.
const MAX_SHOWN_LINE: usize = 400;

/// Characters shown on each side of a label's start and end on a longer line.
const CLIP: usize = 60;

/// Builds the snippet of `file` for labels `ranges` (byte offsets, ends already cut) and returns
/// it with each label's span in the shown text. `mask` ranges have their digits shown as `*`.
fn snippet(
    file: &crate::source::SourceFile,
    ranges: &[(u32, u32)],
    mask: &[(u32, u32)],
) -> (Snippet, Vec<SourceSpan>) {
    let text = file.text.as_str();
    let floor = |offset: u32| {
        let mut offset = (offset as usize).min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let ranges: Vec<(usize, usize)> = ranges
        .iter()
        .map(|&(start, end)| (floor(start), floor(end.max(start))))
        .collect();
    let line_of = |offset: usize| file.position(offset as u32).line as usize - 1;
    let first_line = ranges
        .iter()
        .map(|r| line_of(r.0))
        .min()
        .unwrap_or(0)
        .saturating_sub(CONTEXT_LINES);
    let file_last_line = line_of(text.len());
    let last_line = (ranges.iter().map(|r| line_of(r.1)).max().unwrap_or(0) + CONTEXT_LINES)
        .min(file_last_line);
    // Every label end, sorted: where the shown text must keep the file's text.
    let mut points: Vec<usize> = ranges.iter().flat_map(|&(a, b)| [a, b]).collect();
    points.sort_unstable();
    points.dedup();
    let mut shown = String::new();
    let mut map: Vec<(usize, usize)> = Vec::with_capacity(points.len());
    for line in first_line..=last_line {
        let start = file.offset_of(line as u32 + 1, 1) as usize;
        if line > first_line {
            shown.push('\n');
        }
        let next = file.offset_of(line as u32 + 2, 1) as usize;
        let mut end = if next > start && text.as_bytes()[next - 1] == b'\n' {
            next - 1
        } else {
            next
        };
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        let here: Vec<usize> = points
            .iter()
            .copied()
            .filter(|&p| p >= start && (p < next || line == file_last_line))
            .collect();
        // The windows to show: the whole line, or a few characters around each label end.
        let mut windows: Vec<(usize, usize)> = Vec::new();
        if end - start <= MAX_SHOWN_LINE {
            windows.push((start, end));
        } else if here.is_empty() {
            windows.push((start, chars_after(text, start, 2 * CLIP).min(end)));
        } else {
            for &p in &here {
                let p = p.min(end);
                let window = (
                    chars_before(text, p, CLIP).max(start),
                    chars_after(text, p, CLIP).min(end),
                );
                match windows.last_mut() {
                    Some(last) if window.0 <= last.1 => last.1 = last.1.max(window.1),
                    _ => windows.push(window),
                }
            }
        }
        let mut at = start;
        for (a, b) in windows {
            if a > at {
                shown.push('…');
            }
            let mut from = a;
            for &p in here.iter().filter(|&&p| p >= a && p <= b) {
                push_visible(&mut shown, text, from, p, mask);
                map.push((p, shown.len()));
                from = p;
            }
            push_visible(&mut shown, text, from, b, mask);
            at = b;
        }
        if at < end {
            shown.push('…');
        }
        // A label end past the shown end of the line (its line break) stays at the line's end.
        for &p in here.iter().filter(|&&p| p > at) {
            map.push((p, shown.len()));
        }
    }
    let shown_at = |offset: usize| {
        map.iter()
            .find(|&&(p, _)| p == offset)
            .map_or(shown.len(), |&(_, s)| s)
    };
    let spans: Vec<SourceSpan> = ranges
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (shown_at(a), shown_at(b));
            SourceSpan::new(a.into(), b.saturating_sub(a))
        })
        .collect();
    let starts = ranges
        .iter()
        .zip(&spans)
        .map(|(&(a, _), span)| {
            let position = file.position(a as u32);
            (
                span.offset(),
                position.line as usize - 1,
                position.column as usize - 1,
            )
        })
        .collect();
    let snippet = Snippet {
        name: escape_controls(&file.path).into_owned(),
        text: shown,
        first_line,
        starts,
    };
    (snippet, spans)
}

/// The byte offset `n` characters before `offset` (or the start of `text`).
fn chars_before(text: &str, offset: usize, n: usize) -> usize {
    text[..offset]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(offset, |(i, _)| i)
}

/// The byte offset `n` characters after `offset` (or the end of `text`).
fn chars_after(text: &str, offset: usize, n: usize) -> usize {
    text[offset..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| offset + i)
}

/// Appends `text[from..to]` with control characters made visible and digits inside `mask`
/// ranges replaced by `*`.
fn push_visible(out: &mut String, text: &str, from: usize, to: usize, mask: &[(u32, u32)]) {
    for (i, c) in text[from..to.max(from)].char_indices() {
        let at = (from + i) as u32;
        // Digits of any script: full-width and other decimal digits identify as well.
        if c.is_numeric() && mask.iter().any(|&(a, b)| a <= at && at < b) {
            out.push('*');
        } else {
            out.push(visible(c));
        }
    }
}

/// A character that cannot drive or disguise a terminal, one for one: C0 controls become their
/// Control Pictures (`␛` for ESC), DEL `␡`, and C1 controls, bidirectional overrides and
/// isolates and line separators `�`. A tab is shown as `→`, so that a tab in a YAML file's
/// indentation (YAML forbids it) can be seen; line feeds stay.
fn visible(c: char) -> char {
    match c {
        '\t' => '→',
        '\n' => c,
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\x7f' => '\u{2421}',
        c if is_hidden_control(c) => '\u{fffd}',
        c => c,
    }
}

/// Characters other than C0 and DEL that a terminal acts on or that reorder the text shown.
fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{80}'..='\u{9f}'
        | '\u{061c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

/// Text (a message, a label, a path) with control characters other than line feeds written as
/// `\u{1b}`, so it never reaches a terminal raw.
pub(super) fn escape_controls(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n') || is_hidden_control(c);
    if !text.contains(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) && c != '\t' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Related places at most this many lines from the primary one share its snippet.
const NEARBY_LINES: u32 = 4;

/// Labels longer than this many lines are cut to their first line, so a finding on a whole
/// section shows where it starts rather than the whole section.
const MAX_LABEL_LINES: usize = 3;

/// A label's byte range, cut to its first line when it covers more than [`MAX_LABEL_LINES`].
fn cut(label: &Label, text: &str) -> (u32, u32) {
    let (start, mut end) = label.range.unwrap_or((0, 0));
    let covered = text.get(start as usize..end as usize).unwrap_or("");
    if covered.lines().count() > MAX_LABEL_LINES {
        end = start + covered.find('\n').unwrap_or(covered.len()) as u32;
    }
    (start, end)
}

fn labeled(label: &Label, primary: bool, span: SourceSpan, lang: Language) -> LabeledSpan {
    let text = label
        .message
        .as_ref()
        .map(|m| escape_controls(&m.text(lang)).into_owned());
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
            Some(Severity::Error) => miette::Severity::Error,
            Some(Severity::Warning) => miette::Severity::Warning,
            Some(Severity::Note) | None => miette::Severity::Advice,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn long_lines_are_clipped_around_the_label() {
        let long = format!("b: {}XY{}\n", "æ".repeat(1000), "ø".repeat(1000));
        let text = format!("a: 1\n{long}c: \u{1b}[2J\n");
        let file = SourceFile::new("p.yaml".into(), "p.yaml".into(), text);
        let start = 5 + 3 + "æ".len() as u32 * 1000;
        let (snippet, spans) = snippet(&file, &[(start, start + 2)], &[]);
        let span = spans[0];
        assert_eq!(
            &snippet.text[span.offset()..span.offset() + span.len()],
            "XY"
        );
        let lines: Vec<&str> = snippet.text.lines().collect();
        assert_eq!(lines.len(), 3, "{}", snippet.text);
        assert_eq!(lines[0], "a: 1");
        assert_eq!(lines[1].chars().count(), 1 + CLIP + 2 + CLIP + 1);
        assert!(lines[1].starts_with('…') && lines[1].ends_with('…'));
        assert_eq!(lines[2], "c: ␛[2J", "control characters are made visible");
        // The header names the real place: line 2, column 1004 (0-based: 1, 1003).
        assert_eq!(snippet.starts, vec![(span.offset(), 1, 1003)]);
    }

    #[test]
    fn controls_are_escaped_in_text_and_made_visible_one_for_one() {
        assert_eq!(
            escape_controls("a\u{1b}[2J\u{7}\r\nb\u{202e}"),
            "a\\u{1b}[2J\\u{7}\\u{d}\nb\\u{202e}"
        );
        assert!(matches!(escape_controls("plain æøå\n"), Cow::Borrowed(_)));
        let shown: String = "\u{1b}\u{7}\r\u{7f}\u{9b}\u{2066}\t"
            .chars()
            .map(visible)
            .collect();
        assert_eq!(shown, "␛␇␍␡��→");
    }
}
