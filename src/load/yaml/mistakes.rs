//! The YAML mistakes people make by hand, in plain words with the corrected line where one can be
//! made: a `: ` inside a text, no space after a colon, a line that does not line up, a tab, curly
//! quotes from a word processor (syntax errors, [`syntax_error`]); and in a file that parses, what
//! YAML read otherwise than it was meant: a `key:value` list entry, a text in curly quotes, a `#`
//! that cuts a text short ([`suspicious`]).
//!
//! The parser stops at a file's first error, so a file that does not parse gets one finding; the
//! parser's own words are given only when the mistake is none of those recognised, after kplan's.

use super::YamlError;
use super::lines::{self, Level, Lines, Shape};
use crate::diag::{Code, Finding, Label, Msg, Severity};
use crate::load::tree::{Node, NodeKind};
use crate::msg;
use crate::source::{FileId, Span};

/// The one finding for a YAML file that does not parse.
pub fn syntax_error(file: FileId, text: &str, err: &YamlError) -> Finding {
    let lines = Lines::new(text);
    let at = err.position.map(|(line, column)| {
        let line = (line as usize).saturating_sub(1).min(lines.len() - 1);
        (line, (column as usize).saturating_sub(1))
    });
    if let Some((what, advice)) = &err.limit {
        let label = match at {
            Some((line, column)) => {
                let offset = lines.offset(line, column) as u32;
                Label::at(Span::new(file, offset, offset))
            }
            None => Label::file(file),
        };
        return Finding::new(Code::Parse, Some(label), what.clone()).help(advice.clone());
    }
    let Some((line, column)) = at else {
        return Finding::new(
            Code::Parse,
            Some(Label::file(file)),
            msg!("parse-yaml", detail = err.message.as_str()),
        )
        .help(msg!("parse-yaml-help"));
    };
    let d = diagnose(&lines, line, column, &err.message);
    let span = Span::new(file, d.range.0 as u32, d.range.1 as u32);
    let mut finding = Finding::at(Code::Parse, span, d.message).help(d.help);
    if let Some(label) = d.label {
        finding = finding.label(label);
    }
    finding
}

/// What a syntax error means: where the mistake is, what it is and what to do.
struct Diagnosis {
    range: (usize, usize),
    message: Msg,
    label: Option<Msg>,
    help: Msg,
}

/// Names the mistake behind the parser's error at 0-based `line` and character `column`.
fn diagnose(lines: &Lines<'_>, line: usize, column: usize, parser: &str) -> Diagnosis {
    let at = lines.offset(line, column);
    let fallback = Diagnosis {
        range: (at, at),
        message: msg!("parse-yaml", detail = parser),
        label: None,
        help: msg!("parse-yaml-help"),
    };
    if let Some(d) = tab(lines, line, parser) {
        return d;
    }
    let text = lines.get(line);
    let Some(shape) = Shape::of(text) else {
        return fallback;
    };
    let start = lines.start(line);
    if let Some(d) = missing_space_at(lines, line, &shape) {
        return d;
    }
    if let Some(d) = dash_space_at(lines, line, &shape) {
        return d;
    }
    if let Some(d) = curly_quotes(text, start, &shape) {
        return d;
    }
    let error_byte = at - start;
    if let Some(d) = quotes(text, start, &shape, parser) {
        return d;
    }
    if let Some(d) = unclosed_bracket(lines, line, at, parser) {
        return d;
    }
    let mapping_values = parser.contains("mapping values are not allowed");
    if mapping_values && text[error_byte..].starts_with(':') {
        match shape.key {
            // The colon is inside the value of `key: …`.
            Some((_, key_colon)) if key_colon < error_byte => {
                return colon_in_text(text, start, &shape, error_byte);
            }
            // The line's own `key:` cannot start a field here.
            _ => {
                let structure = lines::structure(lines, line);
                if let Some((above, above_shape)) = structure.last() {
                    if above_shape.value.is_some()
                        && let Some(d) = missing_space_at(lines, *above, above_shape)
                    {
                        return d;
                    }
                    if let Some(d) = dash_space_at(lines, *above, above_shape) {
                        return d;
                    }
                }
                let key = text.get(shape.body..error_byte).unwrap_or("").trim_end();
                if !lines::is_field_name(key) {
                    return Diagnosis {
                        range: (at, at + 1),
                        message: msg!("parse-yaml-colon-in-text-continued"),
                        label: Some(msg!("parse-yaml-colon-in-text-label")),
                        help: msg!("parse-yaml-colon-in-text-continued-help"),
                    };
                }
            }
        }
    }
    indentation(lines, line, &shape).unwrap_or(fallback)
}

/// A tab in the indentation of the error's line, the next or the one before.
fn tab(lines: &Lines<'_>, line: usize, parser: &str) -> Option<Diagnosis> {
    let near: &[isize] = if parser.contains("tab") {
        &[0, 1, -1]
    } else {
        &[0]
    };
    for delta in near {
        let Some(i) = line.checked_add_signed(*delta).filter(|&i| i < lines.len()) else {
            continue;
        };
        let text = lines.get(i);
        let indent = text.len() - text.trim_start_matches([' ', '\t']).len();
        let Some(tab) = text[..indent].find('\t') else {
            continue;
        };
        let at = lines.start(i) + tab;
        let content = &text[indent..];
        // With the tab replaced by spaces, where the line should start.
        let fixed = Shape::of(content).and_then(|shape| {
            let structure = lines::structure(lines, i);
            let (levels, open) = lines::levels(lines, &structure, i);
            let level = lines::intended_level(content, &shape, &levels, open);
            let column = match level {
                Some(level) => level.column,
                None => open.map(|o| o + 2)?,
            };
            Some(format!("{}{content}", " ".repeat(column)))
        });
        let help = match fixed {
            Some(fixed) if !content.is_empty() => {
                msg!("parse-yaml-tab-help-fixed", fixed = shorten(&fixed))
            }
            _ => msg!("parse-yaml-tab-help"),
        };
        return Some(Diagnosis {
            range: (at, at + 1),
            message: msg!("parse-yaml-tab"),
            label: Some(msg!("parse-yaml-tab-label")),
            help,
        });
    }
    None
}

/// `title:Flere` on line `line`: no space after the colon.
fn missing_space_at(lines: &Lines<'_>, line: usize, shape: &Shape) -> Option<Diagnosis> {
    let text = lines.get(line);
    let body = &text[shape.body..];
    let colon = lines::missing_space(body)?;
    // A line with a proper `key: ` before the colon is something else.
    if shape.key.is_some_and(|(_, k)| k < shape.body + colon) {
        return None;
    }
    let at = lines.start(line) + shape.body + colon;
    Some(missing_space(text, shape.body + colon, at))
}

/// `-id: G1` on line `line`: no space after the `-` of a list entry.
fn dash_space_at(lines: &Lines<'_>, line: usize, shape: &Shape) -> Option<Diagnosis> {
    let text = lines.get(line);
    let body = &text[shape.body..];
    if !body.starts_with('-') || !body.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let at = lines.start(line) + shape.body;
    Some(dash_space(text, shape.body, at))
}

/// The diagnosis of a `-` at byte `dash` of `line` (at `at` in the file) with no space after it.
fn dash_space(line: &str, dash: usize, at: usize) -> Diagnosis {
    let fixed = format!("{}- {}", &line[..dash], &line[dash + 1..]);
    let written: Vec<&str> = line[dash..].split_whitespace().take(2).collect();
    Diagnosis {
        range: (at, at + 1),
        message: msg!("parse-yaml-dash-space", text = written.join(" ")),
        label: Some(msg!("parse-yaml-dash-space-label")),
        help: msg!("parse-yaml-dash-space-help", fixed = shorten(fixed.trim())),
    }
}

fn missing_space(line: &str, colon: usize, at: usize) -> Diagnosis {
    let fixed = format!("{}: {}", &line[..colon], &line[colon + 1..]);
    let written = line[..colon].trim_start_matches([' ', '\t', '-']);
    let written = format!("{written}:{}", first_word(&line[colon + 1..]));
    Diagnosis {
        range: (at, at + 1),
        message: msg!("parse-yaml-missing-space", text = written),
        label: Some(msg!("parse-yaml-missing-space-label")),
        help: msg!(
            "parse-yaml-missing-space-help",
            fixed = shorten(fixed.trim())
        ),
    }
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// Quote characters that word processors put in place of `"` and `'`.
const CURLY: &[char] = &[
    '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '″',
];

/// A value that starts with a curly quote, on a line that does not parse.
fn curly_quotes(text: &str, start: usize, shape: &Shape) -> Option<Diagnosis> {
    let value = shape.value?;
    let quote = text[value..].chars().next().filter(|c| CURLY.contains(c))?;
    let raw = strip_comment(&text[value..]);
    let inner = raw[quote.len_utf8()..].trim_end_matches(CURLY);
    let fixed = format!("{}{}", &text[..value], quoted(inner));
    let at = start + value;
    Some(Diagnosis {
        range: (at, at + quote.len_utf8()),
        message: msg!("parse-yaml-curly-quotes", quote = quote.to_string()),
        label: Some(msg!("parse-yaml-curly-quotes-label")),
        help: msg!(
            "parse-yaml-curly-quotes-help",
            fixed = shorten(fixed.trim())
        ),
    })
}

/// A quoted value that is never closed, or that goes on after its closing quote.
fn quotes(text: &str, start: usize, shape: &Shape, parser: &str) -> Option<Diagnosis> {
    let value = shape.value?;
    let quote = text[value..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\''))?;
    let at = start + value;
    if parser.contains("unclosed quote") {
        let fixed = format!("{}{quote}", text.trim_end());
        return Some(Diagnosis {
            range: (at, at + 1),
            message: msg!("parse-yaml-unclosed-quote", quote = quote.to_string()),
            label: Some(msg!("parse-yaml-opens-label")),
            help: msg!(
                "parse-yaml-unclosed-quote-help",
                quote = quote.to_string(),
                fixed = shorten(fixed.trim())
            ),
        });
    }
    if !parser.contains("trailing content") {
        return None;
    }
    let close = value + 1 + text[value + 1..].find(quote)?;
    let tail = strip_comment(&text[close + 1..]);
    let raw = &text[value..close + 1 + tail.len()];
    let comment = text[value + raw.len()..].trim();
    let mut fixed = format!("{}{}", &text[..value], quoted(raw));
    if !comment.is_empty() {
        fixed = format!("{fixed}  {comment}");
    }
    let after = start + close + 1;
    Some(Diagnosis {
        range: (after, start + value + raw.len()),
        message: msg!("parse-yaml-after-quote"),
        label: Some(msg!("parse-yaml-after-quote-label")),
        help: msg!("parse-yaml-after-quote-help", fixed = shorten(fixed.trim())),
    })
}

/// A `[` or `{` that is never closed: where the parser says so, or an error inside a list or
/// mapping opened on an earlier line that holds entries after the bracket but does not close it
/// (`based_on: [hol, okonomiplan`).
fn unclosed_bracket(lines: &Lines<'_>, line: usize, at: usize, parser: &str) -> Option<Diagnosis> {
    let opener = if parser.contains("unclosed bracket") {
        let text = lines.get(line);
        let byte = at - lines.start(line);
        matches!(text.as_bytes().get(byte), Some(b'[' | b'{')).then_some((line, byte))?
    } else {
        let (open_line, byte) = open_bracket_before(lines, line, at)?;
        let text = lines.get(open_line);
        let after = strip_comment(&text[byte + 1..]);
        let entries_after = !after.trim().is_empty() && !after.trim_end().ends_with(',');
        (open_line < line && entries_after).then_some((open_line, byte))?
    };
    let (open_line, byte) = opener;
    let text = lines.get(open_line);
    let bracket = text[byte..].chars().next()?;
    let close = if bracket == '[' { ']' } else { '}' };
    let closers: String = unclosed_on_line(text).into_iter().rev().collect();
    let fixed = format!("{}{closers}", strip_comment(text));
    let at = lines.start(open_line) + byte;
    Some(Diagnosis {
        range: (at, at + 1),
        message: msg!(
            "parse-yaml-unclosed-bracket",
            bracket = bracket.to_string(),
            close = close.to_string()
        ),
        label: Some(msg!("parse-yaml-opens-label")),
        help: msg!(
            "parse-yaml-unclosed-bracket-help",
            close = close.to_string(),
            fixed = shorten(fixed.trim())
        ),
    })
}

/// The innermost `[` or `{` still open at byte `at` (on line `line`), as (line, byte in line).
fn open_bracket_before(lines: &Lines<'_>, line: usize, at: usize) -> Option<(usize, usize)> {
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for i in 0..=line {
        let text = lines.get(i);
        let end = if i == line {
            at - lines.start(i)
        } else {
            text.len()
        };
        for (byte, c) in flow_chars(&text[..end.min(text.len())]) {
            match c {
                '[' | '{' => stack.push((i, byte)),
                ']' | '}' => {
                    stack.pop();
                }
                _ => {}
            }
        }
    }
    stack.pop()
}

/// The closing brackets a line's text (from an opening bracket on) lacks, innermost last.
fn unclosed_on_line(text: &str) -> Vec<char> {
    let mut stack = Vec::new();
    for (_, c) in flow_chars(text) {
        match c {
            '[' => stack.push(']'),
            '{' => stack.push('}'),
            ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// The brackets of a line outside quotes and comments, with their offsets.
fn flow_chars(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' if matches!(previous, ' ' | '[' | '{' | ',' | ':') => quote = Some(c),
                '#' if previous == ' ' || previous == '\t' => break,
                '[' | '{' | ']' | '}' => out.push((i, c)),
                _ => {}
            },
        }
        previous = c;
    }
    out
}

/// `title: Mål: flere sykepleiere`: the second `: ` at `error_byte` starts no field.
fn colon_in_text(text: &str, start: usize, shape: &Shape, error_byte: usize) -> Diagnosis {
    let value = shape.value.unwrap_or(error_byte);
    let raw = strip_comment(&text[value..]);
    let comment = text[value + raw.len()..].trim();
    let mut fixed = format!("{}{}", &text[..value], quoted(raw));
    if !comment.is_empty() {
        fixed = format!("{fixed}  {comment}");
    }
    let at = start + error_byte;
    Diagnosis {
        range: (at, at + 1),
        message: msg!("parse-yaml-colon-in-text"),
        label: Some(msg!("parse-yaml-colon-in-text-label")),
        help: msg!(
            "parse-yaml-colon-in-text-help",
            fixed = shorten(fixed.trim())
        ),
    }
}

/// A line that does not line up with the lines above it.
fn indentation(lines: &Lines<'_>, line: usize, shape: &Shape) -> Option<Diagnosis> {
    let text = lines.get(line);
    if text[..shape.indent].contains('\t') {
        return None;
    }
    let structure = lines::structure(lines, line);
    let (levels, open) = lines::levels(lines, &structure, line);
    let Level {
        column,
        line: anchor_line,
        name,
        ..
    } = lines::intended_level(text, shape, &levels, open)?;
    let here = shape.column();
    let content = &text[here..];
    let fixed = format!("{}{}", " ".repeat(column), content);
    let dir = if here > column { "deeper" } else { "shallower" };
    let n = here.abs_diff(column);
    let at = lines.start(line) + here;
    let what = match shape.key_text(text) {
        Some(key) if shape.dashes.is_empty() => key,
        _ => content.trim_end(),
    };
    let first = content.chars().next().map_or(1, char::len_utf8);
    let end = at + shape.key.map_or(first, |(_, colon)| colon - here);
    Some(Diagnosis {
        range: (at, end.max(at + 1)),
        message: msg!(
            "parse-yaml-indent",
            n = n,
            dir = dir,
            anchor = shorten(&name),
            line = anchor_line + 1
        ),
        label: Some(msg!("parse-yaml-indent-label")),
        help: msg!(
            "parse-yaml-indent-help",
            n = n,
            dir = dir,
            key = shorten(what),
            anchor = shorten(&name),
            fixed = shorten(&fixed)
        ),
    })
}

/// The value without a trailing comment (` #` and what follows) or trailing spaces.
fn strip_comment(value: &str) -> &str {
    let bytes = value.as_bytes();
    let cut = (1..bytes.len())
        .find(|&i| bytes[i] == b'#' && matches!(bytes[i - 1], b' ' | b'\t'))
        .unwrap_or(bytes.len());
    value[..cut].trim_end()
}

/// `text` in YAML quotes: double quotes unless it holds `"` or `\`, then single quotes.
fn quoted(text: &str) -> String {
    if !text.contains(['"', '\\']) {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

/// A suggestion of reasonable length: a long line keeps its start and end.
fn shorten(text: &str) -> String {
    const KEEP: usize = 60;
    let count = text.chars().count();
    if count <= 2 * KEEP + 20 {
        return text.to_owned();
    }
    let head: String = text.chars().take(KEEP).collect();
    let tail: String = text.chars().skip(count - KEEP).collect();
    format!("{head} … {tail}")
}

/// What YAML read otherwise than it was most likely meant, in a file that parses: a `key:value`
/// list entry (an error: the file stays out of the plan, as if it did not parse), texts in curly
/// quotes (`parse` warnings) and texts cut short by a `#` (`comment-in-text` warnings).
pub fn suspicious(file: FileId, text: &str, root: &Node) -> (Option<Finding>, Vec<Finding>) {
    let mut walk = Walk {
        file,
        text,
        error: None,
        warnings: Vec::new(),
    };
    let flow = text.as_bytes().get(root.start as usize) == Some(&b'{');
    walk.node(root, None, flow);
    (walk.error, walk.warnings)
}

/// How far along its line a value's context is looked for.
const CONTEXT: usize = 2000;

struct Walk<'t> {
    file: FileId,
    text: &'t str,
    error: Option<Finding>,
    warnings: Vec<Finding>,
}

impl Walk<'_> {
    /// Looks at `node`, a value (`key` is its key in a mapping, `None` in a list); `flow` when it
    /// is inside `[…]` or `{…}`.
    fn node(&mut self, node: &Node, key: Option<&Node>, flow: bool) {
        match &node.kind {
            NodeKind::Seq(items) => {
                let flow = flow || self.opens_flow(node);
                for item in items {
                    self.node(item, None, flow);
                }
            }
            NodeKind::Map(entries) => {
                let flow = flow || self.opens_flow(node);
                for (k, v) in entries {
                    if !flow && self.error.is_none() {
                        self.dash_without_space(k);
                    }
                    self.node(v, Some(k), flow);
                }
            }
            NodeKind::Str(s) => self.text_value(node, s, key, flow),
            _ => {}
        }
    }

    fn opens_flow(&self, node: &Node) -> bool {
        matches!(
            self.text.as_bytes().get(node.start as usize),
            Some(b'[' | b'{')
        )
    }

    fn text_value(&mut self, node: &Node, value: &str, key: Option<&Node>, flow: bool) {
        let (start, end) = (node.start as usize, node.end as usize);
        // Only plain texts on one line: what the file shows is the text itself.
        if self.text.get(start..end) != Some(value) || value.contains('\n') || value.is_empty() {
            return;
        }
        let missing = !flow && self.error.is_none() && self.is_missing_space(value, key, start);
        let curly = value.starts_with(CURLY) && value.ends_with(CURLY);
        // In block context a line holds one value: looking along it stays linear in the file.
        if !(missing || curly || !flow) {
            return;
        }
        let (before, after) = rest_of_line(self.text, start, end);
        if missing {
            let colon = value.find(':').unwrap_or(0);
            let line = format!("{before}{value}{after}");
            let d = missing_space(&line, before.len() + colon, start + colon);
            self.error = Some(self.finding(Code::Parse, d));
        }
        if curly && let Some(d) = curly_text(value, before, after, start) {
            let mut finding = self.finding(Code::Parse, d);
            finding.severity = Severity::Warning;
            self.warnings.push(finding);
        }
        if !flow && let Some(d) = comment_in_text(value, before, after, end) {
            self.warnings.push(self.finding(Code::CommentInText, d));
        }
    }

    /// `-id: G1`: a key that starts with `-` and a letter, meant as a list entry.
    fn dash_without_space(&mut self, key: &Node) {
        let (start, end) = (key.start as usize, key.end as usize);
        let Some(name) = key.as_str() else {
            return;
        };
        let raw = self.text.get(start..end);
        let letter = name.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic);
        if raw != Some(name) || !name.starts_with('-') || !letter {
            return;
        }
        let (before, after) = rest_of_line(self.text, start, end);
        let line = format!("{before}{name}{after}");
        let d = dash_space(&line, before.len(), start);
        self.error = Some(self.finding(Code::Parse, d));
    }

    /// `- id:G1` as a list entry, or `key:` with `other:value` on the line below: a field and its
    /// value with no space between, which YAML read as one text. No entry of a plan is a text of
    /// that form (references are ids, which have no `:`); the field name must be written as
    /// kplan's are (lowercase, `_`), so that a text such as `Notat:se vedlegg` is left alone.
    fn is_missing_space(&self, value: &str, key: Option<&Node>, start: usize) -> bool {
        let Some(colon) = lines::missing_space(value) else {
            return false;
        };
        if !value[..colon]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_')
        {
            return false;
        }
        match key {
            None => true,
            Some(key) => self
                .text
                .get(key.end as usize..start)
                .is_some_and(|between| between.contains('\n')),
        }
    }

    fn finding(&self, code: Code, d: Diagnosis) -> Finding {
        let span = Span::new(self.file, d.range.0 as u32, d.range.1 as u32);
        let mut finding = Finding::at(code, span, d.message).help(d.help);
        if let Some(label) = d.label {
            finding = finding.label(label);
        }
        finding
    }
}

/// The text of the line before `start` and after `end`, each cut at [`CONTEXT`] bytes (so a
/// long line of many values is not read again for each).
fn rest_of_line(text: &str, start: usize, end: usize) -> (&str, &str) {
    let mut from = start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let before = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let mut to = (end + CONTEXT).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[end..to];
    let after = after.find('\n').map_or(after, |i| &after[..i]);
    (before, after.trim_end_matches('\r'))
}

/// A plain text wrapped in curly quotes, which YAML keeps as part of the text. `before` and
/// `after` are the rest of its line; `start` its offset.
fn curly_text(value: &str, before: &str, after: &str, start: usize) -> Option<Diagnosis> {
    let first = value.chars().next()?;
    let last = value.chars().next_back()?;
    if !CURLY.contains(&first) || !CURLY.contains(&last) || value.chars().count() < 2 {
        return None;
    }
    let inner = &value[first.len_utf8()..value.len() - last.len_utf8()];
    if inner.contains(CURLY) {
        return None; // “A” og “B”: quotes inside the text
    }
    let fixed = format!("{before}{}{after}", quoted(inner));
    Some(Diagnosis {
        range: (start, start + first.len_utf8()),
        message: msg!("parse-yaml-curly-quotes-kept", quote = first.to_string()),
        label: Some(msg!("parse-yaml-curly-quotes-kept-label")),
        help: msg!(
            "parse-yaml-curly-quotes-help",
            fixed = shorten(fixed.trim())
        ),
    })
}

/// `title: Flere sykepleiere #1 prioritet`: a comment that reads like more of the text.
///
/// The rule: after a plain text on one line, a `#` is reported unless it looks like a deliberate
/// comment, that is two or more spaces before the `#` and a space after it
/// (`name: Kari  # the union's`), as comments after a value are written in the examples, the
/// fixtures and the usual YAML style. One space before (`Flere # 1`) or none after (`#1`) reads
/// as part of the text.
fn comment_in_text(value: &str, before: &str, after: &str, end: usize) -> Option<Diagnosis> {
    // A date is no text a comment could continue.
    if crate::model::Date::parse(value).is_some() {
        return None;
    }
    let hash = after.find('#')?;
    let gap = &after[..hash];
    if gap.is_empty() || !gap.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let comment = after[hash..].trim_end();
    // A tab looks like several spaces.
    let wide = gap
        .chars()
        .map(|c| if c == '\t' { 2 } else { 1 })
        .sum::<usize>()
        >= 2;
    let deliberate = wide && (comment.len() == 1 || comment[1..].starts_with([' ', '\t']));
    if deliberate {
        return None;
    }
    let whole = format!("{value}{gap}{comment}");
    let fixed = format!("{before}{}", quoted(&whole));
    let at = end + hash;
    Some(Diagnosis {
        range: (at, at + comment.len()),
        message: msg!(
            "comment-in-text",
            kept = shorten(value),
            comment = shorten(comment)
        ),
        label: Some(msg!("comment-in-text-label")),
        help: msg!("comment-in-text-help", fixed = shorten(fixed.trim())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    /// The message, label and help of the finding for `text`, which must not parse.
    fn error(text: &str) -> (String, String, String, (u32, u32)) {
        let err = super::super::parse(text).expect_err("a syntax error");
        let f = syntax_error(FileId(0), text, &err);
        let label = f.primary.as_ref().unwrap();
        let shown = label
            .message
            .as_ref()
            .map(|m| m.text(Language::En))
            .unwrap_or_default();
        let range = label.range.unwrap();
        let lines = Lines::new(text);
        let line = lines.line_of(range.0 as usize) as u32 + 1;
        let column = text[lines.start(line as usize - 1)..range.0 as usize]
            .chars()
            .count() as u32
            + 1;
        (
            f.message_in(Language::En),
            shown,
            f.help_in(Language::En),
            (line, column),
        )
    }

    const GOAL: &str = "goals:\n  - id: G1\n";

    #[test]
    fn a_colon_and_a_space_in_a_text() {
        let (message, _, help, at) = error(&format!("{GOAL}    title: Mål: flere sykepleiere\n"));
        assert!(message.contains("colon followed by a space"), "{message}");
        assert_eq!(
            help,
            "put the text in quotes: `title: \"Mål: flere sykepleiere\"`"
        );
        assert_eq!(at, (3, 15));
        let (_, _, help, _) = error(&format!("{GOAL}    title: Mål: \"flere\" # 1\n"));
        assert_eq!(
            help,
            "put the text in quotes: `title: 'Mål: \"flere\"'  # 1`"
        );
    }

    #[test]
    fn no_space_after_a_colon() {
        let (message, _, help, at) = error(&format!("{GOAL}    title:Flere sykepleiere\n"));
        assert!(message.contains("`title:Flere`"), "{message}");
        assert_eq!(
            help,
            "put a space after the colon: `title: Flere sykepleiere`"
        );
        assert_eq!(at, (3, 10));
        // The first field of an entry: the error is reported on the line below.
        let (_, _, help, at) = error("goals:\n  - id:G1\n    title: Flere\n");
        assert_eq!(help, "put a space after the colon: `- id: G1`");
        assert_eq!(at, (2, 7));
    }

    #[test]
    fn no_space_after_a_dash() {
        let (message, _, help, at) = error("goals:\n  -id: G1\n    title: x\n");
        assert!(message.contains("`-id: G1`"), "{message}");
        assert_eq!(help, "put a space after the `-`: `- id: G1`");
        assert_eq!(at, (2, 3));
    }

    #[test]
    fn lines_that_do_not_line_up() {
        let (message, _, help, at) =
            error(&format!("{GOAL}    title: Flere\n      ambition: A1\n"));
        assert_eq!(
            message,
            "this line starts 2 spaces further right than `title` on line 3, so YAML cannot \
             tell where it belongs"
        );
        assert!(
            help.contains("move `ambition` 2 spaces to the left"),
            "{help}"
        );
        assert!(help.ends_with("`    ambition: A1`"), "{help}");
        assert_eq!(at, (4, 7));
        let (message, _, help, at) = error(&format!("{GOAL}    title: Flere\n   ambition: A1\n"));
        assert!(
            message.contains("1 space further left than `title`"),
            "{message}"
        );
        assert!(help.contains("1 space to the right"), "{help}");
        assert_eq!(at, (4, 4));
        let (message, ..) = error(&format!("{GOAL}    title: Flere\n   - id: G2\n"));
        assert!(message.contains("than `- id: G1` on line 2"), "{message}");
    }

    #[test]
    fn a_tab_in_the_indentation() {
        let (message, label, help, at) = error(&format!("{GOAL}\ttitle: Flere\n"));
        assert!(message.contains("tab"), "{message}");
        assert_eq!(label, "tab");
        assert!(help.ends_with("`    title: Flere`"), "{help}");
        assert_eq!(at, (3, 1), "the tab's line, not the line before");
        let (_, _, _, at) = error(&format!("{GOAL}    title: Flere\n  \tambition: A1\n"));
        assert_eq!(at, (4, 3));
        let (message, ..) = error("goals:\n\t- id: G1\n");
        assert!(message.contains("tab"), "{message}");
    }

    #[test]
    fn curly_quotes_that_break_the_line() {
        let (message, _, help, at) = error(&format!("{GOAL}    title: “Mål: flere”\n"));
        assert!(message.contains("“"), "{message}");
        assert_eq!(help, "use straight quotes: `title: \"Mål: flere\"`");
        assert_eq!(at, (3, 12));
    }

    #[test]
    fn quotes_and_brackets_that_are_never_closed() {
        let (message, _, help, at) = error(&format!("{GOAL}    title: \"Flere\n"));
        assert_eq!(
            message,
            "the text that starts with `\"` here is never closed"
        );
        assert_eq!(
            help,
            "end the text with `\"` on the same line: `title: \"Flere\"`"
        );
        assert_eq!(at, (3, 12));
        let (message, _, help, at) = error(&format!(
            "{GOAL}    based_on: [hol, plan\n    ambition: A1\n"
        ));
        assert_eq!(message, "the `[` here is never closed with `]`");
        assert_eq!(help, "close it with `]`: `based_on: [hol, plan]`");
        assert_eq!(at, (3, 15), "the bracket, not the line below");
        let (_, _, help, _) = error("goals:\n  - { id: G1, based_on: [x\n  - id: G2\n");
        assert_eq!(help, "close it with `]`: `- { id: G1, based_on: [x]}`");
        let (message, _, help, _) = error(&format!("{GOAL}    title: \"Flere\" sykepleiere\n"));
        assert_eq!(message, "the text goes on after its closing quote");
        assert_eq!(
            help,
            "put the whole text in quotes: `title: '\"Flere\" sykepleiere'`"
        );
    }

    /// Every finding for small edits of a real plan file (an inserted tab, `: `, curly quote,
    /// `#`, bracket, quote or space, or a deleted character): none panics, and each range lies in
    /// the file on character boundaries.
    #[test]
    fn no_edit_of_a_plan_file_makes_a_finding_panic() {
        let base = include_str!("../../../tests/rules/_base/measures.yaml");
        let edits = ["\t", ": ", "“", "#", "[", "\"", " ", "- ", ":"];
        let starts: Vec<usize> = (0..base.len())
            .filter(|&i| base.is_char_boundary(i))
            .collect();
        for &at in starts.iter().step_by(3) {
            let mut texts: Vec<String> = edits
                .iter()
                .map(|e| format!("{}{e}{}", &base[..at], &base[at..]))
                .collect();
            if let Some(c) = base[at..].chars().next() {
                texts.push(format!("{}{}", &base[..at], &base[at + c.len_utf8()..]));
            }
            for text in texts {
                let parsed = super::super::parse(&text);
                let (_, findings) = super::super::read(FileId(0), &text, parsed);
                for f in findings {
                    let _ = (f.message_in(Language::Nb), f.help_in(Language::En));
                    if let Some((a, b)) = f.primary.and_then(|l| l.range) {
                        let (a, b) = (a as usize, b as usize);
                        assert!(a <= b && b <= text.len(), "{text:?}: {a}..{b}");
                        assert!(
                            text.is_char_boundary(a) && text.is_char_boundary(b),
                            "{text:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn other_errors_give_the_parsers_words_after_kplans() {
        let (message, ..) = error("ambitions: [a]]\n");
        assert!(
            message.starts_with("kplan cannot read the YAML here"),
            "{message}"
        );
        assert!(message.contains("misplaced bracket"), "{message}");
    }

    fn warnings(text: &str) -> Vec<(Code, String, String)> {
        let node = super::super::parse(text).unwrap().unwrap();
        let (error, warnings) = suspicious(FileId(0), text, &node);
        assert!(error.is_none(), "{error:?}");
        warnings
            .iter()
            .map(|f| (f.code, f.message_in(Language::En), f.help_in(Language::En)))
            .collect()
    }

    #[test]
    fn a_hash_that_cuts_a_text() {
        let found = warnings(&format!(
            "{GOAL}    title: Flere sykepleiere #1 prioritet\n"
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        let (code, message, help) = &found[0];
        assert_eq!(*code, Code::CommentInText);
        assert!(message.contains("`Flere sykepleiere`"), "{message}");
        assert!(
            help.contains("`title: \"Flere sykepleiere #1 prioritet\"`"),
            "{help}"
        );
        assert_eq!(warnings("a: Kompetansetilskuddet # KTT\n").len(), 1);
        assert_eq!(warnings("a: Kari  #KTT\n").len(), 1);
        assert_eq!(warnings("- Kari #1\n").len(), 1);
        // Deliberate comments, quoted texts, numbers and flow collections are left alone.
        assert!(warnings("a: Kari Nordmann  # the union's\n").is_empty());
        assert!(warnings("a: \"Flere #1\"  # quoted\n").is_empty());
        assert!(warnings("a: 2025 #1\n").is_empty());
        assert!(warnings("a: 2025-08-01 #1\n").is_empty(), "a date");
        assert!(warnings("a: { b: c #1\n }\n").is_empty());
        assert!(warnings("a: Flere#1\n").is_empty(), "no space: text");
        assert!(
            warnings("a: |\n  Flere #1\n").is_empty(),
            "a block text keeps it"
        );
    }

    #[test]
    fn curly_quotes_kept_in_a_text() {
        let found = warnings("title: “Flere sykepleiere”\nb: «Heltid»\nc: “A” og “B”\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, Code::Parse);
        assert_eq!(
            found[0].2,
            "use straight quotes: `title: \"Flere sykepleiere\"`"
        );
    }

    #[test]
    fn a_list_entry_without_its_space() {
        let text = "goals:\n  - id:G1\n  - id: G2\n";
        let node = super::super::parse(text).unwrap().unwrap();
        let (error, _) = suspicious(FileId(0), text, &node);
        let error = error.expect("an error");
        assert_eq!(
            error.help_in(Language::En),
            "put a space after the colon: `- id: G1`"
        );
        assert_eq!(error.primary.unwrap().range, Some((13, 14)));
        let text = "goals:\n  -id: G1\n";
        let node = super::super::parse(text).unwrap().unwrap();
        let error = suspicious(FileId(0), text, &node).0.expect("an error");
        assert_eq!(
            error.message_in(Language::En),
            "there is no space after the `-` in `-id: G1`, so YAML does not read it as a list entry"
        );
        assert_eq!(
            error.help_in(Language::En),
            "put a space after the `-`: `- id: G1`"
        );
        let text = "organisation:\n  owner:Kari\n";
        let node = super::super::parse(text).unwrap().unwrap();
        assert!(suspicious(FileId(0), text, &node).0.is_some());
        for fine in [
            "a: [x:y]\n",
            "a: b:c\n",
            "- https://lovdata.no\n",
            "a:\n  - Mål:flere\n",
            "description:\n  Notat:se vedlegg\n",
        ] {
            let node = super::super::parse(fine).unwrap().unwrap();
            assert!(suspicious(FileId(0), fine, &node).0.is_none(), "{fine}");
        }
    }
}
