//! The lines of a YAML file as a person sees them: indentation, `- ` markers, a key and its value.
//! Enough to say what a syntax error means and what the line should have been; not a parser.

/// The lines of a text, by byte offset.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        if starts.len() > 1 && starts.last() == Some(&text.len()) {
            starts.pop();
        }
        Lines { text, starts }
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// The byte offset where line `i` (0-based) starts.
    pub fn start(&self, i: usize) -> usize {
        self.starts[i]
    }

    /// Line `i` (0-based) without its line break.
    pub fn get(&self, i: usize) -> &'a str {
        let start = self.starts[i];
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&e| e - 1);
        let line = &self.text[start..end.max(start)];
        let line = line.strip_suffix('\n').unwrap_or(line);
        line.strip_suffix('\r').unwrap_or(line)
    }

    /// The 0-based line holding byte `offset`.
    #[cfg(test)]
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset of 0-based character column `column` on line `i`, clamped to its end.
    pub fn offset(&self, i: usize, column: usize) -> usize {
        let line = self.get(i);
        let within = line
            .char_indices()
            .nth(column)
            .map_or(line.len(), |(at, _)| at);
        self.starts[i] + within
    }
}

/// The parts of one line that matter to its structure. Offsets are bytes within the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// Where the content starts (after the leading spaces and tabs).
    pub indent: usize,
    /// Where each `- ` marker is.
    pub dashes: Vec<usize>,
    /// Where the content after the markers starts.
    pub body: usize,
    /// A key: its start and the offset of its `:`.
    pub key: Option<(usize, usize)>,
    /// Where the value after `key: ` (or after the last marker) starts; `None` when the line
    /// ends there, or only a comment follows.
    pub value: Option<usize>,
}

impl Shape {
    /// The shape of a line; `None` for a blank line or a comment.
    pub fn of(line: &str) -> Option<Shape> {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let mut at = indent;
        let rest = &line[at..];
        if rest.is_empty() || rest.starts_with('#') {
            return None;
        }
        let mut dashes = Vec::new();
        loop {
            let rest = &line[at..];
            let marker = rest == "-" || rest.starts_with("- ") || rest.starts_with("-\t");
            if !marker {
                break;
            }
            dashes.push(at);
            at += 1;
            at += line[at..].len() - line[at..].trim_start_matches([' ', '\t']).len();
        }
        let body = at;
        let key = key_colon(&line[body..]).map(|colon| (body, body + colon));
        let after = match key {
            Some((_, colon)) => colon + 1,
            None if !dashes.is_empty() => body,
            None => line.len(),
        };
        let value_start = after + line[after..].len() - line[after..].trim_start().len();
        let value = (value_start < line.len() && !line[value_start..].starts_with('#'))
            .then_some(value_start);
        Some(Shape {
            indent,
            dashes,
            body,
            key,
            value,
        })
    }

    /// The key's text, if the line has one.
    pub fn key_text<'l>(&self, line: &'l str) -> Option<&'l str> {
        self.key.map(|(start, colon)| line[start..colon].trim_end())
    }

    /// The column (in bytes: indentation is ASCII) of the thing this line puts at its level: its
    /// first marker, else its key.
    pub fn column(&self) -> usize {
        self.dashes.first().copied().unwrap_or(self.body)
    }
}

/// The offset of the `:` that ends a plain or quoted key at the start of `body`: a `:` followed by
/// a space, a tab or the end of the line, before any comment.
fn key_colon(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    match bytes.first()? {
        q @ (b'"' | b'\'') => {
            let close = body[1..].find(*q as char)? + 1;
            let after = &body[close + 1..];
            let colon = close + 1 + (after.len() - after.trim_start().len());
            (bytes.get(colon) == Some(&b':') && ends_key(bytes, colon)).then_some(colon)
        }
        b'[' | b'{' | b'|' | b'>' | b'&' | b'*' | b'!' | b'#' | b'%' | b'@' | b'`' => None,
        _ => {
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'#' && i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
                    return None;
                }
                if b == b':' && ends_key(bytes, i) {
                    return Some(i);
                }
            }
            None
        }
    }
}

fn ends_key(bytes: &[u8], colon: usize) -> bool {
    matches!(bytes.get(colon + 1), None | Some(b' ' | b'\t'))
}

/// Whether `key` looks like a field name kplan uses: letters, digits, `_` and `-`, starting with
/// a letter or `_`.
pub fn is_field_name(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `title:Flere` at the start of `body`: a field name, a colon, and no space after it. `None` for
/// `https://…`. The offset of the colon.
pub fn missing_space(body: &str) -> Option<usize> {
    let colon = body.find(':')?;
    let (name, after) = (&body[..colon], &body[colon + 1..]);
    let next = after.chars().next()?;
    (is_field_name(name) && !next.is_whitespace() && next != '/' && next != ':').then_some(colon)
}

/// One level of indentation a line may line up with: a key or a `- ` marker on a line above.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    /// Its column (0-based; indentation is spaces, so bytes are characters).
    pub column: usize,
    /// The 0-based line it is on.
    pub line: usize,
    /// A `- ` marker rather than a key.
    pub dash: bool,
    /// What to call it: the key, or the line from the marker on.
    pub name: String,
    /// The text of a block (after `|` or `>`), which any line may continue.
    pub text: bool,
}

/// The structure lines above line `upto` (0-based, not included): every line that has a key or a
/// marker, leaving out the text inside block scalars (`|`, `>`) and multi-line flow collections.
pub fn structure(lines: &Lines<'_>, upto: usize) -> Vec<(usize, Shape)> {
    let mut out = Vec::new();
    let mut block_scalar: Option<usize> = None;
    let mut flow_depth: i64 = 0;
    for i in 0..upto.min(lines.len()) {
        let line = lines.get(i);
        if let Some(parent) = block_scalar {
            let indent = line.len() - line.trim_start_matches(' ').len();
            if line.trim().is_empty() || indent > parent {
                continue;
            }
            block_scalar = None;
        }
        if flow_depth > 0 {
            flow_depth += bracket_balance(line);
            continue;
        }
        let Some(shape) = Shape::of(line) else {
            continue;
        };
        if let Some(value) = shape.value {
            let v = &line[value..];
            if v.starts_with('|') || v.starts_with('>') {
                block_scalar = Some(shape.key.map_or(shape.column(), |(k, _)| k));
            } else if v.starts_with('[') || v.starts_with('{') {
                flow_depth = bracket_balance(v).max(0);
            }
        }
        if shape.key.is_some() || !shape.dashes.is_empty() {
            out.push((i, shape));
        }
    }
    out
}

/// Opening minus closing brackets on a line, outside quotes and comments (roughly).
fn bracket_balance(line: &str) -> i64 {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' => quote = Some(c),
                '#' if previous == ' ' => break,
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ => {}
            },
        }
        previous = c;
    }
    depth
}

/// The levels line `line`, below `structure`, may line up with, nearest first, and the column
/// past which it may also go deeper (after `key:` with no value, or a lone `-`).
pub fn levels(
    lines: &Lines<'_>,
    structure: &[(usize, Shape)],
    line: usize,
) -> (Vec<Level>, Option<usize>) {
    let mut out = Vec::new();
    let Some(((nearest_line, nearest), above)) = structure.split_last() else {
        return (out, None);
    };
    // After `key: |`, the lines of the text: a line just left of them most likely continues it.
    let opens_text = nearest
        .value
        .is_some_and(|v| matches!(lines.get(*nearest_line).as_bytes()[v], b'|' | b'>'));
    if opens_text {
        let text = (nearest_line + 1..line.min(lines.len()))
            .map(|i| (i, lines.get(i)))
            .find(|(_, t)| !t.trim().is_empty());
        if let Some((i, t)) = text {
            let column = t.len() - t.trim_start_matches(' ').len();
            let name: Vec<&str> = t.split_whitespace().take(3).collect();
            out.push(Level {
                column,
                line: i,
                dash: false,
                name: name.join(" "),
                text: true,
            });
        }
    }
    let level = |i: usize, shape: &Shape, column: usize, dash: bool| {
        let line = lines.get(i);
        let name = if dash {
            line[column..].trim_end().to_owned()
        } else {
            shape.key_text(line).unwrap_or_default().to_owned()
        };
        Level {
            column,
            line: i,
            dash,
            name,
            text: false,
        }
    };
    let push_line = |out: &mut Vec<Level>, i: usize, shape: &Shape, below: usize| {
        if let Some((key, _)) = shape.key
            && key < below
        {
            out.push(level(i, shape, key, false));
        }
        for &dash in shape.dashes.iter().rev() {
            if dash < below {
                out.push(level(i, shape, dash, true));
            }
        }
    };
    push_line(&mut out, *nearest_line, nearest, usize::MAX);
    let open = match (nearest.key, nearest.value) {
        (Some((key, _)), None) => Some(key),
        (None, None) => nearest.dashes.last().copied(),
        _ => None,
    };
    let mut limit = nearest.column();
    for (i, shape) in above.iter().rev() {
        if limit == 0 {
            break;
        }
        push_line(&mut out, *i, shape, limit);
        limit = limit.min(shape.column());
    }
    (out, open)
}

/// The level a misaligned line (its shape `shape`, text `line`) was most likely meant to line up
/// with; `None` when it lines up with one already, or may go deeper where it is.
pub fn intended_level(
    line: &str,
    shape: &Shape,
    levels: &[Level],
    open: Option<usize>,
) -> Option<Level> {
    let column = shape.column();
    let dash = !shape.dashes.is_empty();
    if let Some(open) = open
        && (column > open || (dash && column == open))
    {
        return None;
    }
    let key = shape.key_text(line).unwrap_or_default();
    let section = crate::model::Section::from_name(key).is_some();
    let fitting: Vec<&Level> = levels
        .iter()
        .filter(|l| l.text || (l.dash == dash && (dash || l.column > 0 || section)))
        .collect();
    if fitting.iter().any(|l| l.column == column) {
        return None;
    }
    // The nearest column; between two equally near, the deeper (a line is more often pushed
    // one step too far left than meant to close its block).
    fitting
        .into_iter()
        .min_by_key(|l| (l.column.abs_diff(column), std::cmp::Reverse(l.column)))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let s = Shape::of("  - id: G1").unwrap();
        assert_eq!((s.indent, s.dashes.clone(), s.body), (2, vec![2], 4));
        assert_eq!((s.key, s.value), (Some((4, 6)), Some(8)));
        let s = Shape::of("    title: Mål: flere").unwrap();
        assert_eq!(s.key_text("    title: Mål: flere"), Some("title"));
        let s = Shape::of("goals:").unwrap();
        assert_eq!((s.key, s.value), (Some((0, 5)), None));
        let s = Shape::of("  - hol").unwrap();
        assert_eq!((s.key, s.value), (None, Some(4)));
        let s = Shape::of("    title: x # a: b").unwrap();
        assert_eq!(s.key, Some((4, 9)));
        assert_eq!(Shape::of("   # comment"), None);
        assert_eq!(Shape::of("  "), None);
        let s = Shape::of("  \"under 30\": 5").unwrap();
        assert_eq!(s.key_text("  \"under 30\": 5"), Some("\"under 30\""));
        let s = Shape::of("    url: https://x").unwrap();
        assert_eq!(s.key, Some((4, 7)));
        assert_eq!(Shape::of("    title:Flere").unwrap().key, None);
    }

    #[test]
    fn missing_spaces() {
        assert_eq!(missing_space("title:Flere"), Some(5));
        assert_eq!(missing_space("id:G1"), Some(2));
        assert_eq!(missing_space("https://x"), None);
        assert_eq!(missing_space("title: Flere"), None);
        assert_eq!(missing_space("Mål:flere"), None, "not a field name");
        assert_eq!(missing_space("kl 10:30"), None);
    }

    #[test]
    fn lines_and_offsets() {
        let lines = Lines::new("a: 1\r\nbø: 2\n");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines.get(0), "a: 1");
        assert_eq!(lines.get(1), "bø: 2");
        assert_eq!(lines.offset(1, 2), 6 + 3);
        assert_eq!(lines.line_of(7), 1);
        assert_eq!(Lines::new("").len(), 1);
    }

    fn intended(text: &str, line: usize) -> Option<(usize, String)> {
        let lines = Lines::new(text);
        let structure = structure(&lines, line);
        let (levels, open) = levels(&lines, &structure, line);
        let l = lines.get(line);
        intended_level(l, &Shape::of(l).unwrap(), &levels, open).map(|l| (l.column, l.name))
    }

    #[test]
    fn the_intended_level_of_a_misaligned_line() {
        let text = "goals:\n  - id: G1\n    title: Flere\n      ambition: A1\n";
        assert_eq!(intended(text, 3), Some((4, "title".into())));
        let text = "goals:\n  - id: G1\n    title: Flere\n   ambition: A1\n";
        assert_eq!(intended(text, 3), Some((4, "title".into())));
        let text = "goals:\n  - id: G1\n    title: Flere\n ambition: A1\n";
        assert_eq!(
            intended(text, 3),
            Some((4, "title".into())),
            "not a section"
        );
        let text = "goals:\n  - id: G1\n    title: Flere\n  ambition: A1\n";
        assert_eq!(
            intended(text, 3),
            Some((4, "title".into())),
            "not the marker"
        );
        let text = "goals:\n  - id: G1\n    title: Flere\n   - id: G2\n";
        assert_eq!(intended(text, 3), Some((2, "- id: G1".into())));
        let text = "goals:\n  - id: G1\n    title: Flere\n    ambition: A1\n";
        assert_eq!(intended(text, 3), None, "lined up");
        let text = "goals:\n  - id: G1\n    title:\n      nb: Flere\n";
        assert_eq!(
            intended(text, 3),
            None,
            "deeper under a key without a value"
        );
        let text =
            "goals:\n  - id: G1\n    description: |\n      Tekst: her\n        mer\n   title: x\n";
        assert_eq!(intended(text, 5), Some((4, "description".into())));
        let text = "goals:\n  - id: G1\n    description: |\n      Tekst her\n     og: mer\n";
        assert_eq!(
            intended(text, 4),
            Some((6, "Tekst her".into())),
            "the text goes on"
        );
    }
}
