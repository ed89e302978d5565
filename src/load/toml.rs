//! TOML text → [`Node`] tree, through the `toml` crate's spanned document parser.

use toml::de::{DeTable, DeValue};

use super::tree::{Node, NodeKind};
use crate::limits;

/// A TOML syntax error with its byte range, if known.
#[derive(Debug)]
pub struct TomlError {
    /// The parser's message.
    pub message: String,
    /// Byte range.
    pub range: Option<(u32, u32)>,
}

/// Parses one TOML document into a tree; every syntax error is returned, not just the first.
pub fn parse(text: &str) -> Result<Node, Vec<TomlError>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors
            .iter()
            .map(|e| TomlError {
                message: e.message().trim().to_owned(),
                range: e.span().map(|r| (r.start as u32, r.end as u32)),
            })
            .collect());
    }
    let span = root.span();
    let table = root.into_inner();
    convert_table(&table, span.start as u32, span.end as u32, 0).map_err(|e| vec![e])
}

fn convert_table(
    table: &DeTable<'_>,
    start: u32,
    end: u32,
    depth: usize,
) -> Result<Node, TomlError> {
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

fn convert(value: &toml::Spanned<DeValue<'_>>, depth: usize) -> Result<Node, TomlError> {
    let span = value.span();
    let (start, end) = (span.start as u32, span.end as u32);
    if depth > limits::MAX_DEPTH {
        return Err(TomlError {
            message: format!("nesting deeper than {} levels", limits::MAX_DEPTH),
            range: Some((start, end)),
        });
    }
    let bad_number = |text: &str| TomlError {
        message: format!("the number `{text}` is out of range"),
        range: Some((start, end)),
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
