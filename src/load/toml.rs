//! TOML text → [`Node`] tree, through the `toml` crate's spanned document parser.
//!
//! A file that is not valid TOML gives one error, its first (the rest is mostly noise that
//! follows from it), put in plain words: the mistakes people make by hand are recognised from the
//! text around the parser's position, with the corrected line where one can be made: a text in
//! Word's curly quotes (`title = “Flere”`), a `"""` text that is never closed or closed too early
//! (which puts the error many lines below the mistake), a number or a date written the Norwegian
//! way (`48,2`, `200 000`, `1.8.2025`, see [`habits`]) and a text without quotes.

use toml::de::{DeTable, DeValue};

use super::habits;
use super::tree::{Node, NodeKind};
use crate::diag::Msg;
use crate::limits;
use crate::msg;

/// A TOML syntax error, explained: where, what and what to do.
#[derive(Debug)]
pub struct TomlError {
    /// What is wrong, in plain words.
    pub message: Msg,
    /// The words under the marked text, if any.
    pub label: Option<Msg>,
    /// What to do.
    pub help: Option<Msg>,
    /// Byte range.
    pub range: Option<(u32, u32)>,
    /// The parser's own words (English), for [`super::parse_text`].
    pub detail: String,
}

/// Parses one TOML document into a tree. A syntax error is the first the parser found, explained.
pub fn parse(text: &str) -> Result<Node, Box<TomlError>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        let errors: Vec<Raw> = errors
            .iter()
            .map(|e| Raw {
                message: e.message().trim().to_owned(),
                range: e
                    .span()
                    .map(|r| (r.start.min(text.len()), r.end.min(text.len()))),
            })
            .collect();
        return Err(Box::new(explain(text, &errors)));
    }
    let span = root.span();
    let table = root.into_inner();
    convert_table(&table, span.start as u32, span.end as u32, 0)
}

fn convert_table(
    table: &DeTable<'_>,
    start: u32,
    end: u32,
    depth: usize,
) -> Result<Node, Box<TomlError>> {
    let mut entries = Vec::with_capacity(table.len());
    for (key, value) in table.iter() {
        let ks = key.span();
        let key_node = Node::new(
            ks.start as u32,
            ks.end as u32,
            NodeKind::Str(key.get_ref().to_string()),
        );
        entries.push((key_node, convert(value, depth + 1)?));
    }
    // Tables defined with [headers] may come in any order; keep document order.
    entries.sort_by_key(|(k, _)| k.start);
    Ok(Node::new(start, end, NodeKind::Map(entries)))
}

fn convert(value: &toml::Spanned<DeValue<'_>>, depth: usize) -> Result<Node, Box<TomlError>> {
    let span = value.span();
    let (start, end) = (span.start as u32, span.end as u32);
    if depth > limits::MAX_DEPTH {
        return Err(Box::new(TomlError {
            message: msg!("parse-toml-too-deep", limit = limits::MAX_DEPTH),
            label: None,
            help: Some(msg!("parse-toml-too-deep-help")),
            range: Some((start, end)),
            detail: format!("nesting deeper than {} levels", limits::MAX_DEPTH),
        }));
    }
    let bad_number = |text: &str| {
        Box::new(TomlError {
            message: msg!("parse-toml-number-too-large", value = text),
            label: None,
            help: Some(msg!("parse-toml-number-too-large-help")),
            range: Some((start, end)),
            detail: format!("the number `{text}` is out of range"),
        })
    };
    let kind = match value.get_ref() {
        DeValue::String(s) => NodeKind::Str(s.to_string()),
        DeValue::Integer(i) => {
            let digits: String = i.as_str().chars().filter(|&c| c != '_').collect();
            let parsed = i64::from_str_radix(digits.trim_start_matches('+'), i.radix());
            NodeKind::Int(parsed.map_err(|_| bad_number(i.as_str()))?)
        }
        DeValue::Float(x) => {
            let text: String = x.as_str().chars().filter(|&c| c != '_').collect();
            let parsed = match text.trim_start_matches('+') {
                "inf" => Ok(f64::INFINITY),
                "-inf" => Ok(f64::NEG_INFINITY),
                "nan" | "-nan" => Ok(f64::NAN),
                t => t.parse::<f64>(),
            };
            NodeKind::Float(parsed.map_err(|_| bad_number(x.as_str()))?)
        }
        DeValue::Boolean(b) => NodeKind::Bool(*b),
        DeValue::Datetime(dt) => NodeKind::Str(dt.to_string()),
        DeValue::Array(items) => NodeKind::Seq(
            items
                .iter()
                .map(|item| convert(item, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        DeValue::Table(table) => return convert_table(table, start, end, depth),
    };
    Ok(Node::new(start, end, kind))
}

// ---------------------------------------------------------------- syntax errors in plain words

/// An error as the parser reported it.
struct Raw {
    /// The parser's words: "string values must be quoted, expected literal string".
    message: String,
    /// Byte range.
    range: Option<(usize, usize)>,
}

/// An explanation, before it gets the parser's words.
struct Explained {
    message: Msg,
    label: Option<Msg>,
    help: Option<Msg>,
    range: (usize, usize),
}

/// The first error of `errors` (by position), in plain words.
fn explain(text: &str, errors: &[Raw]) -> TomlError {
    let first = errors
        .iter()
        .min_by_key(|e| e.range.map_or(usize::MAX, |r| r.0))
        .expect("an error to explain");
    let boundary = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let range = first.range.unwrap_or((text.len(), text.len()));
    let range = (boundary(range.0), boundary(range.1.max(range.0)));
    let explained = multi_line(text, range.0)
        .or_else(|| curly_quotes(text, range))
        .or_else(|| habit(text, range.0))
        .or_else(|| unquoted_text(text, first, range))
        .unwrap_or_else(|| plain(text, first, range));
    let (start, end) = explained.range;
    TomlError {
        message: explained.message,
        label: explained.label,
        help: explained.help,
        range: first.range.map(|_| (start as u32, end as u32)),
        detail: first.message.clone(),
    }
}

/// The start and end (before the line break) of the line that holds `at`.
fn line_bounds(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let end = if text[start..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    (start, end.max(start))
}

/// The line number (from 1) of `at`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// Whether `line` parses as TOML on its own, or as an item of a list (a line inside a list that
/// spans several lines).
fn is_valid_line(line: &str) -> bool {
    let ok = |t: &str| DeTable::parse_recoverable(t).1.is_empty();
    ok(line) || ok(&format!("x = [\n{line}\n]"))
}

/// Whether `line` reads as a TOML line (a table header, a comment, `key = …`), not as prose.
fn is_toml_line(line: &str) -> bool {
    let line = line.trim();
    if line.starts_with(['[', '#']) {
        return true;
    }
    match line.split_once('=') {
        Some((key, _)) => {
            let key = key.trim();
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.\"' ".contains(c))
        }
        None => false,
    }
}

/// Whether `text` is the start of a line with a key: `description = `.
fn is_key_and_equals(text: &str) -> bool {
    text.trim_end().strip_suffix('=').is_some_and(|key| {
        let key = key.trim();
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.\"' ".contains(c))
    })
}

/// Whether `line` is a table header: `[plan]`, `[[goals]]`.
fn is_table_header(line: &str) -> bool {
    let line = line.trim();
    let inner = line
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .map(|l| l.trim_start_matches('[').trim_end_matches(']').trim());
    inner.is_some_and(|name| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.\" ".contains(c))
    })
}

/// A `"""` or `'''` text: where it opens and where its closing quotes start, if it is closed.
#[derive(Debug, PartialEq)]
struct MultiLine {
    open: usize,
    close: Option<usize>,
    quote: u8,
}

/// The multi-line texts of a TOML document, read as the parser reads them (comments and one-line
/// strings skipped, `\"` escaped in `"""` texts).
fn multi_line_strings(text: &str) -> Vec<MultiLine> {
    let b = text.as_bytes();
    let triple = |i: usize, q: u8| b.len() >= i + 3 && b[i] == q && b[i + 1] == q && b[i + 2] == q;
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') if triple(i, q) => {
                let open = i;
                let mut close = None;
                i += 3;
                while i < b.len() {
                    if q == b'"' && b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple(i, q) {
                        // Up to two more quotes belong to the text: `""""` ends with one in it.
                        let mut run = 3;
                        while run < 5 && i + run < b.len() && b[i + run] == q {
                            run += 1;
                        }
                        close = Some(i + run - 3);
                        i += run;
                        break;
                    }
                    i += 1;
                }
                out.push(MultiLine {
                    open,
                    close,
                    quote: q,
                });
            }
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    if q == b'"' && b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A `"""` text that is never closed (it runs to the end of the file, or to the `"""` that opens
/// the next text, which puts the error lines below the mistake), or that is closed too early
/// (the text goes on after its closing quotes): the error at the opening or the closing quotes.
fn multi_line(text: &str, at: usize) -> Option<Explained> {
    let strings = multi_line_strings(text);
    let quotes = |s: &MultiLine| if s.quote == b'"' { "\"\"\"" } else { "'''" };
    let unclosed = |s: &MultiLine, until: Option<usize>| Explained {
        message: msg!("parse-toml-unclosed-text", quotes = quotes(s)),
        label: Some(msg!("parse-toml-unclosed-text-label")),
        help: Some(match until {
            Some(line) => msg!(
                "parse-toml-unclosed-text-help-line",
                quotes = quotes(s),
                line = line
            ),
            None => msg!("parse-toml-unclosed-text-help", quotes = quotes(s)),
        }),
        range: (s.open, s.open + 3),
    };
    if let Some(s) = strings.iter().find(|s| s.close.is_none() && s.open <= at) {
        return Some(unclosed(s, None));
    }
    let (s, close) = strings
        .iter()
        .filter_map(|s| s.close.filter(|&c| c + 3 <= at).map(|c| (s, c)))
        .next_back()?;
    // The quotes that closed it open a text of their own (`description = """`), or the text holds
    // a table header: it was meant to end before.
    let (line_start, _) = line_bounds(text, close);
    let before = &text[line_start..close];
    let body = &text[s.open + 3..close];
    if is_key_and_equals(before) || body.lines().any(is_table_header) {
        return Some(unclosed(s, Some(line_of(text, close))));
    }
    // Closed early: the error is where the text goes on, after its quotes on the same line or on
    // the next line with something on it, and that is no TOML line.
    let after = close + 3;
    let rest = &text[after..at];
    let (error_start, error_end) = line_bounds(text, at);
    let goes_on = if rest.contains('\n') {
        let between = &text[after..error_start];
        between.lines().all(|l| l.trim().is_empty()) && !is_toml_line(&text[error_start..error_end])
    } else {
        let tail = text[after..error_end].trim();
        !tail.is_empty() && !tail.starts_with('#')
    };
    if !goes_on {
        return None;
    }
    let line = line_of(text, at);
    // A `"""` alone on a line further down, which the text can end at once these quotes go.
    let end = strings.iter().find(|next| next.open > at).filter(|next| {
        let (start, end) = line_bounds(text, next.open);
        text[start..end].trim() == quotes(next)
    });
    let help = match end {
        Some(next) => msg!(
            "parse-toml-text-closed-early-help-remove",
            quotes = quotes(s),
            line = line,
            end = line_of(text, next.open)
        ),
        None if s.quote == b'"' && !rest.contains('\n') => {
            msg!("parse-toml-text-closed-early-help-quote")
        }
        None => msg!("parse-toml-text-closed-early-help-move", line = line),
    };
    Some(Explained {
        message: msg!("parse-toml-text-closed-early", quotes = quotes(s)),
        label: Some(msg!("parse-toml-text-closed-early-label")),
        help: Some(help),
        range: (close, after),
    })
}

/// Word's and e-mail's typographic quotes, which TOML does not read as quotes.
const CURLY: [char; 12] = [
    '\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}', '\u{ab}', '\u{bb}', '\u{2018}', '\u{2019}',
    '\u{201a}', '\u{201b}', '\u{2039}', '\u{203a}',
];

/// `line` with the curly quotes that open or close a value made straight, and the curly quotes
/// replaced; `None` if there were none. A curly quote inside a text (`Kari’s`) stays.
fn straighten(line: &str) -> Option<(String, Vec<char>)> {
    let chars: Vec<char> = line.chars().collect();
    // The nearest character that is not a space before and after each position, in one pass each
    // (a line can be long).
    let mut before: Vec<Option<char>> = Vec::with_capacity(chars.len());
    let mut last = None;
    for &c in &chars {
        before.push(last);
        if !c.is_whitespace() {
            last = Some(c);
        }
    }
    let mut after: Vec<Option<char>> = vec![None; chars.len()];
    let mut next = None;
    for (k, &c) in chars.iter().enumerate().rev() {
        after[k] = next;
        if !c.is_whitespace() {
            next = Some(c);
        }
    }
    let opens = |k: usize| before[k].is_none_or(|c| "=[,{".contains(c));
    let closes = |k: usize| after[k].is_none_or(|c| ",]}#".contains(c));
    let mut out = String::with_capacity(line.len());
    let mut found = Vec::new();
    let mut open: Option<char> = None;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        match open {
            Some(q) if c == q => {
                open = None;
                out.push(c);
            }
            Some('"') if c == '\\' && k + 1 < chars.len() => {
                out.push(c);
                out.push(chars[k + 1]);
                k += 1;
            }
            Some(q) if CURLY.contains(&c) && closes(k) => {
                open = None;
                out.push(q);
                found.push(c);
            }
            Some(_) => out.push(c),
            None if c == '"' || c == '\'' => {
                open = Some(c);
                out.push(c);
            }
            None if CURLY.contains(&c) && opens(k) => {
                open = Some('"');
                out.push('"');
                found.push(c);
            }
            None if c == '#' => {
                out.extend(&chars[k..]);
                break;
            }
            None => out.push(c),
        }
        k += 1;
    }
    (!found.is_empty()).then_some((out, found))
}

/// A text in curly quotes on the line of the error: "use straight quotes", with the line so.
fn curly_quotes(text: &str, range: (usize, usize)) -> Option<Explained> {
    let (start, end) = line_bounds(text, range.0);
    let (straight, found) = straighten(&text[start..end])?;
    let mut shown: Vec<char> = Vec::new();
    for c in found {
        if !shown.contains(&c) {
            shown.push(c);
        }
    }
    let shown: String = shown
        .iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    let help = if is_valid_line(&straight) {
        msg!("parse-toml-curly-quotes-help", line = straight.trim())
    } else {
        msg!("parse-toml-curly-quotes-help-plain")
    };
    Some(Explained {
        message: msg!("parse-toml-curly-quotes", quotes = shown),
        label: Some(msg!("parse-toml-curly-quotes-label")),
        help: Some(help),
        range,
    })
}

/// A number or a date written the Norwegian way where the error is: the value around the error,
/// between `=`, `[`, `{` or `,` and `,`, `]`, `}`, `#` or the end of the line.
fn habit(text: &str, at: usize) -> Option<Explained> {
    let (line_start, line_end) = line_bounds(text, at);
    let line = &text[line_start..line_end];
    let col = at.saturating_sub(line_start).min(line.len());
    // A number or a date is short: look no further than this on either side of the error.
    const REACH: usize = 48;
    let near = |i: usize| i + REACH >= col && i <= col + REACH;
    let starts = std::iter::once(0).filter(|&i| near(i)).chain(
        line.char_indices()
            .filter(|&(i, c)| i < col && near(i) && "=[{,".contains(c))
            .map(|(i, _)| i + 1),
    );
    let ends: Vec<usize> = line
        .char_indices()
        .filter(|&(i, c)| i >= col && near(i) && ",]}#".contains(c))
        .map(|(i, _)| i)
        .chain(Some(line.len()).filter(|&i| near(i)))
        .collect();
    for start in starts {
        for &end in ends.iter().rev() {
            let candidate = &line[start..end];
            let Some(suggestion) = habits::suggest(candidate) else {
                continue;
            };
            let value = candidate.trim();
            let value_start = start + (candidate.len() - candidate.trim_start().len());
            let value_end = value_start + value.len();
            let fixed_line = format!(
                "{}{}{}",
                &line[..value_start],
                suggestion.fixed,
                &line[value_end..]
            );
            let shown = if DeTable::parse_recoverable(&fixed_line).1.is_empty() {
                fixed_line.trim().to_owned()
            } else {
                suggestion.fixed.clone()
            };
            let (message, label) = match suggestion.habit {
                habits::Habit::Date => (
                    msg!("parse-toml-not-a-date", value = value),
                    msg!("parse-toml-not-a-date-label"),
                ),
                _ => (
                    msg!("parse-toml-not-a-number", value = value),
                    msg!("parse-toml-not-a-number-label"),
                ),
            };
            return Some(Explained {
                message,
                label: Some(label),
                help: Some(suggestion.help(&shown)),
                range: (line_start + value_start, line_start + value_end),
            });
        }
    }
    None
}

/// A text without quotes: "put the text in quotes", with the line so (`true` or `false` for a
/// yes or a no).
fn unquoted_text(text: &str, error: &Raw, range: (usize, usize)) -> Option<Explained> {
    let quoted_expected = ["string values must be quoted", "invalid boolean"];
    if !quoted_expected.iter().any(|m| error.message.starts_with(m)) {
        return None;
    }
    let (line_start, line_end) = line_bounds(text, range.0);
    let before = &text[line_start..range.0];
    // The whole value of `key = …`: the rest of the line, up to a comment after two spaces (a `#`
    // right after a word is more likely part of the text: `#1 prioritet`).
    let end = if is_key_and_equals(before) {
        let rest = &text[range.0..line_end];
        range.0 + rest.find("  #").unwrap_or(rest.len())
    } else {
        range.1.min(line_end)
    };
    let value = text.get(range.0..end)?.trim();
    if value.is_empty() {
        return Some(Explained {
            message: msg!("parse-toml-missing-value"),
            label: None,
            help: Some(msg!("parse-toml-missing-value-help")),
            range,
        });
    }
    let end = range.0 + text[range.0..end].trim_end().len();
    let yes_no = match value.to_lowercase().as_str() {
        "ja" | "yes" | "sant" | "true" => Some("true"),
        "nei" | "no" | "usant" | "false" => Some("false"),
        _ => None,
    };
    let replacement = match yes_no {
        Some(word) => Some(word.to_owned()),
        None if !value.contains(['"', '\\']) => Some(format!("\"{value}\"")),
        None if !value.contains('\'') => Some(format!("'{value}'")),
        None => None,
    };
    let fixed = replacement.map(|r| format!("{before}{r}{}", &text[end..line_end]));
    let fixed = fixed.filter(|l| is_valid_line(l));
    let (message, label, help) = match (yes_no, fixed) {
        (Some(_), Some(line)) => (
            msg!("parse-toml-yes-no", value = value),
            msg!("parse-toml-yes-no-label"),
            msg!("parse-toml-yes-no-help", line = line.trim()),
        ),
        (None, Some(line)) => (
            msg!("parse-toml-unquoted-text"),
            msg!("parse-toml-unquoted-text-label"),
            msg!("parse-toml-unquoted-text-help", line = line.trim()),
        ),
        (_, None) => (
            msg!("parse-toml-unquoted-text"),
            msg!("parse-toml-unquoted-text-label"),
            msg!("parse-toml-unquoted-text-help-plain"),
        ),
    };
    Some(Explained {
        message,
        label: Some(label),
        help: Some(help),
        range: (range.0, end),
    })
}

/// The parser's error in plain words, by its kind; its own words when it is none of these.
fn plain(text: &str, error: &Raw, range: (usize, usize)) -> Explained {
    let description = error.message.split(", expected").next().unwrap_or_default();
    let token = text.get(range.0..range.1).unwrap_or_default().trim();
    let (message, help) = match description {
        "duplicate key" => (
            msg!("parse-toml-duplicate-key", key = token),
            msg!("parse-toml-duplicate-key-help"),
        ),
        "key with no value" | "missing assignment between key-value pairs" => (
            msg!("parse-toml-no-equals"),
            msg!("parse-toml-no-equals-help"),
        ),
        "missing value for key" | "missing value" => (
            msg!("parse-toml-missing-value"),
            msg!("parse-toml-missing-value-help"),
        ),
        "unclosed array" | "unclosed inline table" | "unclosed table" | "unclosed array table" => {
            let close = match description {
                "unclosed array" | "unclosed table" => "]",
                "unclosed inline table" => "}",
                _ => "]]",
            };
            (
                msg!("parse-toml-unclosed-bracket", close = close),
                msg!("parse-toml-unclosed-bracket-help", close = close),
            )
        }
        "missing comma between array elements" | "missing comma between key-value pairs" => (
            msg!("parse-toml-missing-comma"),
            msg!("parse-toml-missing-comma-help"),
        ),
        "unexpected key or value" | "unexpected content" => (
            msg!("parse-toml-more-on-line"),
            msg!("parse-toml-more-on-line-help"),
        ),
        "invalid unquoted key" | "unquoted keys cannot be empty" => (
            msg!("parse-toml-invalid-key"),
            msg!("parse-toml-invalid-key-help"),
        ),
        // The parser's own limit (80) is above kplan's, so more than kplan's is true.
        "cannot recurse further; max recursion depth met" | "recursion limit" => (
            msg!("parse-toml-too-deep", limit = limits::MAX_DEPTH),
            msg!("parse-toml-too-deep-help"),
        ),
        d if d.starts_with("invalid date") || d.starts_with("invalid time") => (
            msg!("parse-toml-invalid-date", value = token),
            msg!("parse-toml-invalid-date-help"),
        ),
        _ => (
            msg!("parse-toml-invalid"),
            msg!("parse-toml-invalid-help", detail = error.message.as_str()),
        ),
    };
    Explained {
        message,
        label: None,
        help: Some(help),
        range,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tree::testing::{get, items, shown};
    use crate::text::Language;

    #[test]
    fn an_array_over_several_lines_with_comments() {
        let text = "tags = [\n  # leading\n  \"a\",  # first\n  \"b\",  # second ]\n]  # after\nnext = 1\n";
        let root = parse(text).unwrap();
        let tags = get(&root, "tags");
        assert_eq!(
            shown(text, tags),
            "[\n  # leading\n  \"a\",  # first\n  \"b\",  # second ]\n]"
        );
        let shown_items: Vec<&str> = items(tags).iter().map(|n| shown(text, n)).collect();
        assert_eq!(shown_items, ["\"a\"", "\"b\""], "comments are no entries");
        assert_eq!(items(tags)[0].as_str(), Some("a"));
        assert_eq!(shown(text, get(&root, "next")), "1");
    }

    #[test]
    fn empty_arrays_trailing_commas_and_nesting() {
        let text = "a = []\nb = [ ]  # none\nc = [1, 2,]\nd = [[1], { k = \"v\" }]\n";
        let root = parse(text).unwrap();
        assert_eq!(get(&root, "a").kind, NodeKind::Seq(vec![]));
        assert_eq!(shown(text, get(&root, "a")), "[]");
        assert_eq!(shown(text, get(&root, "b")), "[ ]");
        let c = get(&root, "c");
        assert_eq!(shown(text, c), "[1, 2,]");
        assert_eq!(
            items(c).iter().map(|n| &n.kind).collect::<Vec<_>>(),
            [&NodeKind::Int(1), &NodeKind::Int(2)]
        );
        let [inner, table] = items(get(&root, "d")) else {
            panic!("two items")
        };
        assert_eq!(shown(text, inner), "[1]");
        assert_eq!(shown(text, table), "{ k = \"v\" }");
        assert_eq!(shown(text, get(table, "k")), "\"v\"");
    }

    #[test]
    fn keys_keep_document_order_and_their_own_spans() {
        let text = "[b]\nx = 1\n\n[a]\ny = 2\n";
        let root = parse(text).unwrap();
        let keys: Vec<&str> = root
            .as_map()
            .unwrap()
            .iter()
            .map(|(k, _)| shown(text, k))
            .collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(shown(text, get(get(&root, "a"), "y")), "2");
    }

    #[test]
    fn numbers_keep_their_kind_and_out_of_range_integers_are_errors() {
        let text = "hex = 0x1F\nunder = 1_000\nfloat = 1e3\n";
        let root = parse(text).unwrap();
        assert_eq!(get(&root, "hex").kind, NodeKind::Int(31));
        assert_eq!(get(&root, "under").kind, NodeKind::Int(1000));
        assert_eq!(get(&root, "float").kind, NodeKind::Float(1000.0));
        let error = parse("n = 9223372036854775808\n").unwrap_err();
        assert_eq!(
            error.message.text(Language::En),
            "the number `9223372036854775808` is too large"
        );
        assert_eq!(error.range, Some((4, 23)));
    }

    /// The first error of `text` in English: (message, help, the marked text).
    fn explained(text: &str) -> (String, String, String) {
        let error = parse(text).unwrap_err();
        let (start, end) = error.range.expect("a position");
        (
            error.message.text(Language::En),
            error.help.map(|h| h.text(Language::En)).unwrap_or_default(),
            text[start as usize..end as usize].to_owned(),
        )
    }

    #[test]
    fn one_error_per_file_however_many_the_parser_finds() {
        // Three broken lines: the first is reported, the others are not.
        let text = "a = Flere\nb = 48,2\nc = “x”\n";
        assert!(DeTable::parse_recoverable(text).1.len() >= 3);
        let (message, _, marked) = explained(text);
        assert_eq!(message, "a text must be in quotes in TOML");
        assert_eq!(marked, "Flere");
    }

    #[test]
    fn curly_quotes_are_named_and_the_line_is_given_with_straight_ones() {
        let (message, help, marked) = explained("[plan]\ntitle = “Flere”\n");
        assert_eq!(
            message,
            "the text is in typographic quotes (“ ”), which TOML does not read as quotes"
        );
        assert_eq!(help, "use straight quotes: `title = \"Flere\"`");
        assert_eq!(marked, "“Flere”");
        let (message, help, _) = explained("tags = [«a», ‘b’, \"c\"]  # list\n");
        assert!(message.contains("(« » ‘ ’)"), "{message}");
        assert_eq!(
            help,
            "use straight quotes: `tags = [\"a\", \"b\", \"c\"]  # list`"
        );
        // An apostrophe inside the text stays; a straight opening quote gets a straight close.
        let (_, help, _) = explained("name = ‘Kari’s plan’\nnote = 'x”\n");
        assert_eq!(help, "use straight quotes: `name = \"Kari’s plan\"`");
        let (_, help, _) = explained("note = 'x”\n");
        assert_eq!(help, "use straight quotes: `note = 'x'`");
    }

    #[test]
    fn a_multi_line_text_that_is_never_closed_is_reported_where_it_opens() {
        // To the end of the file.
        let (message, help, marked) = explained("a = 1\ntext = \"\"\"\nline one\nline two\n");
        assert_eq!(
            message,
            "the text that starts with `\"\"\"` here is not closed where it should be"
        );
        assert!(
            help.ends_with("kplan reads the rest of the file as part of the text"),
            "{help}"
        );
        assert_eq!(marked, "\"\"\"");
        // Up to the opening quotes of the next text, which puts the parser's error lines below.
        let text = "[[goals]]\nid = \"G1\"\ndescription = \"\"\"\nFirst.\n\n[[goals]]\nid = \"G2\"\ndescription = \"\"\"\nSecond goal, in words.\n\"\"\"\n";
        let error = parse(text).unwrap_err();
        let open = text.find("\"\"\"").unwrap() as u32;
        assert_eq!(
            error.range,
            Some((open, open + 3)),
            "the opening quotes on line 3"
        );
        let help = error.help.unwrap().text(Language::En);
        assert!(
            help.contains("everything up to the `\"\"\"` on line 8"),
            "{help}"
        );
        // The same with `\'\'\'`.
        let (message, _, _) = explained("text = \'\'\'\nline\n");
        assert_eq!(
            message,
            "the text that starts with `\'\'\'` here is not closed where it should be"
        );
    }

    #[test]
    fn a_multi_line_text_closed_too_early_is_reported_where_it_closes() {
        let text = "text = \"\"\"\nFirst part.\n\"\"\"\nSecond part.\n\"\"\"\nnext = 1\n";
        let error = parse(text).unwrap_err();
        assert_eq!(
            error.message.text(Language::En),
            "the text ends here with `\"\"\"`, but it goes on after them"
        );
        let close = text.find("\n\"\"\"").unwrap() as u32 + 1;
        assert_eq!(
            error.range,
            Some((close, close + 3)),
            "the quotes on line 3"
        );
        assert_eq!(
            error.help.unwrap().text(Language::En),
            "if line 4 belongs to the text, delete these quotes: the text then ends at the `\"\"\"` on line 5"
        );
        // No `"""` further down: move these.
        let (_, help, _) =
            explained("text = \"\"\"\nFirst part.\n\"\"\"\nSecond part.\nnext = 1\n");
        assert_eq!(
            help,
            "if line 4 belongs to the text, move these quotes to after the last line of the text"
        );
        // Three quotes inside the text end it on the same line.
        let text = "text = \"\"\"Say \"hi\"\"\"\" and go.\"\"\"\n";
        let (message, help, marked) = explained(text);
        assert!(message.starts_with("the text ends here"), "{message}");
        assert_eq!(marked, "\"\"\"");
        assert!(
            help.starts_with("three quotes in a row end the text"),
            "{help}"
        );
        // A closed text followed by another mistake is not blamed.
        let (message, _, _) = explained("text = \"\"\"\nwords\n\"\"\"\nname = Flere\n");
        assert_eq!(message, "a text must be in quotes in TOML");
    }

    #[test]
    fn numbers_and_dates_written_the_norwegian_way_get_the_line_as_meant() {
        for (text, message, help) in [
            (
                "fte = 48,2\n",
                "TOML cannot read `48,2` as a number",
                "write decimals with a point, not a comma: did you mean `fte = 48.2`?",
            ),
            (
                "amount = 200 000\n",
                "TOML cannot read `200 000` as a number",
                "write the number without spaces: did you mean `amount = 200000`?",
            ),
            (
                "amount = 200\u{a0}000\n",
                "TOML cannot read `200\u{a0}000` as a number",
                "write the number without spaces: did you mean `amount = 200000`?",
            ),
            (
                "costs = [{ year = 2026, amount = 200000 kr }]\n",
                "TOML cannot read `200000 kr` as a number",
                "write the bare number, without `kr`: did you mean `costs = [{ year = 2026, amount = 200000 }]`?",
            ),
            (
                "baseline = { year = 2024, value = 42 % }\n",
                "TOML cannot read `42 %` as a number",
                "write the bare number, without `%`: did you mean `baseline = { year = 2024, value = 42 }`?",
            ),
            (
                "needs = [{ need = \"B1\", closes = 4,5 }]\n",
                "TOML cannot read `4,5` as a number",
                "write decimals with a point, not a comma: did you mean `needs = [{ need = \"B1\", closes = 4.5 }]`?",
            ),
            (
                "start = 1.8.2025\n",
                "TOML cannot read `1.8.2025` as a date",
                "write dates as year-month-day: did you mean `start = 2025-08-01`?",
            ),
            (
                "end = 01.08.2026\n",
                "TOML cannot read `01.08.2026` as a date",
                "write dates as year-month-day: did you mean `end = 2026-08-01`?",
            ),
        ] {
            let (m, h, _) = explained(text);
            assert_eq!((m.as_str(), h.as_str()), (message, help), "{text:?}");
        }
        // Inside a list over several lines, the value alone.
        let (_, help, marked) = explained("values = [\n  1 500,\n]\n");
        assert_eq!(
            help,
            "write the number without spaces: did you mean `1500`?"
        );
        assert_eq!(marked, "1 500");
    }

    #[test]
    fn a_text_without_quotes_gets_them_and_a_yes_gets_true() {
        let (message, help, marked) = explained("name = Kompetanse- og tjenesteutvikling\n");
        assert_eq!(message, "a text must be in quotes in TOML");
        assert_eq!(
            help,
            "put the text in quotes: `name = \"Kompetanse- og tjenesteutvikling\"`"
        );
        assert_eq!(marked, "Kompetanse- og tjenesteutvikling");
        // A `#` right after a space is part of the text; after two spaces it is a comment.
        let (_, help, _) = explained("title = Tiltak #1 prioritet\n");
        assert_eq!(
            help,
            "put the text in quotes: `title = \"Tiltak #1 prioritet\"`"
        );
        let (_, help, _) = explained("title = Fagbrev  # note\n");
        assert_eq!(
            help,
            "put the text in quotes: `title = \"Fagbrev\"  # note`"
        );
        // A word that starts like `true` or `false`.
        let (_, help, _) = explained("title = Fagbrev\n");
        assert_eq!(help, "put the text in quotes: `title = \"Fagbrev\"`");
        let (message, help, _) = explained("collective_only = ja\n");
        assert_eq!(
            message,
            "TOML writes yes and no as `true` and `false`, not `ja`"
        );
        assert_eq!(help, "did you mean `collective_only = true`?");
        let (message, _, _) = explained("title =\nnext = 1\n");
        assert_eq!(message, "there is no value after `=`");
    }

    #[test]
    fn other_errors_are_put_in_plain_words() {
        let (message, _, marked) = explained("[[goals]]\nid = \"G1\"\nid = \"G2\"\n");
        assert_eq!(message, "`id` is given twice in the same table");
        assert_eq!(marked, "id");
        let (message, _, _) = explained("[[goals]\nid = \"G1\"\n");
        assert_eq!(
            message,
            "`]]` is missing: the list or table is never closed"
        );
        let (message, _, _) = explained("a = [1, 2\nb = 3\n");
        assert_eq!(message, "a comma is missing between the values of the list");
        let (message, help, _) = explained("a = 1__0\n");
        assert_eq!(message, "kplan cannot read the TOML here");
        assert!(help.contains("(the TOML reader says: "), "{help}");
    }

    #[test]
    fn the_scanner_finds_multi_line_texts_past_comments_and_one_line_strings() {
        let text = r#"# """ in a comment
a = "\"" # """
b = """x \""" y"""
c = '''z'''
d = """
"#;
        let found: Vec<(usize, Option<usize>, u8)> = multi_line_strings(text)
            .iter()
            .map(|s| (s.open, s.close, s.quote))
            .collect();
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(
            found,
            [
                (at("b = ") + 4, Some(at(" y") + 2), b'"'),
                (at("c = ") + 4, Some(at("z") + 1), b'\''),
                (at("d = ") + 4, None, b'"'),
            ]
        );
    }

    #[test]
    fn explaining_never_panics_on_one_character_more_anywhere() {
        let text = "[[goals]]\nid = \"G1\"  # ø\ntitle = 'Mål'\ndescription = \"\"\"\nTekst «x».\n\"\"\"\nvalues = [1, 2.5, { a = 2025-08-01 }]\n";
        for extra in [
            "\"", "'", "\"\"\"", "“", "»", ",", " ", "#", "\n", "=", "[", "{", "}", "\u{a0}", "é",
            "\\", "%", ".", "kr",
        ] {
            for (at, _) in text.char_indices() {
                let mutated = format!("{}{extra}{}", &text[..at], &text[at..]);
                if let Err(error) = parse(&mutated) {
                    let _ = error.message.text(Language::Nb);
                    let _ = error.help.map(|h| h.text(Language::Nn));
                }
            }
        }
    }
}
