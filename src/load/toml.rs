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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tree::testing::{get, items, shown};

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
        let errors = parse("n = 9223372036854775808\n").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].message,
            "the number `9223372036854775808` is out of range"
        );
        assert_eq!(errors[0].range, Some((4, 23)));
    }
}
