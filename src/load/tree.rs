//! A format-neutral document tree with a byte range on every node.
//!
//! YAML and TOML are both parsed into this tree; the plan model is then deserialized from it by
//! one deserializer ([`super::de`]), so both formats share the same spans, messages and limits.

/// One value of a plan file with the byte range it was written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// First byte of the value.
    pub start: u32,
    /// One past its last byte.
    pub end: u32,
    /// The value.
    pub kind: NodeKind,
}

/// The kinds of value a plan file can hold.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// YAML `null`, `~` or an empty value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A floating point number.
    Float(f64),
    /// A string; TOML dates and times arrive here as their text.
    Str(String),
    /// A list.
    Seq(Vec<Node>),
    /// A mapping in document order.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// A node of `kind` at `start..end`.
    pub fn new(start: u32, end: u32, kind: NodeKind) -> Self {
        Self { start, end, kind }
    }

    /// The entries of a mapping node, if it is one.
    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.kind {
            NodeKind::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The text of a string node, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Node {
    /// Pushes every string (value or key) under this node that has at least `min_digits` digits
    /// and whose text differs from `text` at its place, quotes aside: what escapes, folded lines
    /// or line continuations turned into something the file does not show as such.
    pub fn decoded_strings(
        &self,
        text: &str,
        min_digits: usize,
        out: &mut Vec<(u32, u32, String)>,
    ) {
        match &self.kind {
            NodeKind::Str(s) => {
                let raw = text
                    .get(self.start as usize..self.end as usize)
                    .unwrap_or("");
                let unquoted = |q: &str| raw.strip_prefix(q).and_then(|r| r.strip_suffix(q));
                let shown = [raw, "\"", "'", "\"\"\"", "'''"]
                    .iter()
                    .enumerate()
                    .any(|(i, q)| {
                        if i == 0 {
                            raw == s
                        } else {
                            unquoted(q) == Some(s)
                        }
                    });
                if !shown && s.chars().filter(|c| c.is_numeric()).count() >= min_digits {
                    out.push((self.start, self.end, s.clone()));
                }
            }
            NodeKind::Seq(items) => items
                .iter()
                .for_each(|n| n.decoded_strings(text, min_digits, out)),
            NodeKind::Map(entries) => {
                for (k, v) in entries {
                    k.decoded_strings(text, min_digits, out);
                    v.decoded_strings(text, min_digits, out);
                }
            }
            _ => {}
        }
    }

    /// The value as JSON (mapping keys become text), e.g. to validate a file against the schema.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.kind {
            NodeKind::Null => Value::Null,
            NodeKind::Bool(b) => Value::Bool(*b),
            NodeKind::Int(i) => Value::from(*i),
            NodeKind::Float(x) => {
                serde_json::Number::from_f64(*x).map_or(Value::Null, Value::Number)
            }
            NodeKind::Str(s) => Value::String(s.clone()),
            NodeKind::Seq(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            NodeKind::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.kind {
                            NodeKind::Str(s) => s.clone(),
                            _ => k.to_json().to_string(),
                        };
                        (key, v.to_json())
                    })
                    .collect(),
            ),
        }
    }
}

/// Looking at nodes in the parsers' tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Node, NodeKind};

    /// The text a node covers.
    pub fn shown<'t>(text: &'t str, node: &Node) -> &'t str {
        &text[node.start as usize..node.end as usize]
    }

    /// The value under `key` of a mapping node.
    pub fn get<'n>(node: &'n Node, key: &str) -> &'n Node {
        let entries = node.as_map().expect("a mapping");
        &entries
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .unwrap_or_else(|| panic!("no key {key}"))
            .1
    }

    /// The items of a list node.
    pub fn items(node: &Node) -> &[Node] {
        match &node.kind {
            NodeKind::Seq(items) => items,
            other => panic!("not a list: {other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn str_node(start: u32, end: u32, s: &str) -> Node {
        Node::new(start, end, NodeKind::Str(s.into()))
    }

    #[test]
    fn strings_shown_as_written_quotes_aside_are_not_decoded_strings() {
        // Plain, double-quoted and single-quoted text that reads as it is written.
        let text = r#"a: 12345678901 b: "12345678901" c: '12345678901'"#;
        let map = Node::new(
            0,
            text.len() as u32,
            NodeKind::Map(vec![
                (str_node(0, 1, "a"), str_node(3, 14, "12345678901")),
                (str_node(15, 16, "b"), str_node(18, 31, "12345678901")),
                (str_node(32, 33, "c"), str_node(35, 48, "12345678901")),
            ]),
        );
        let mut out = Vec::new();
        map.decoded_strings(text, 11, &mut out);
        assert_eq!(out, []);
    }

    #[test]
    fn a_string_that_escapes_made_is_a_decoded_string_when_it_has_enough_digits() {
        // `"\x31..."` reads as eleven digits the file does not show.
        let text = r#"a: "\x312345678901" b: "\x31""#;
        let escaped = Node::new(3, 19, NodeKind::Str("12345678901".into()));
        let short = Node::new(23, 29, NodeKind::Str("1".into()));
        let list = Node::new(0, text.len() as u32, NodeKind::Seq(vec![escaped, short]));
        let mut out = Vec::new();
        list.decoded_strings(text, 11, &mut out);
        assert_eq!(out, [(3, 19, "12345678901".to_owned())]);
    }

    #[test]
    fn to_json_keeps_order_kinds_and_turns_keys_into_text() {
        let node = Node::new(
            0,
            0,
            NodeKind::Map(vec![
                (
                    Node::new(0, 0, NodeKind::Int(2025)),
                    Node::new(0, 0, NodeKind::Float(1.5)),
                ),
                (
                    str_node(0, 0, "list"),
                    Node::new(
                        0,
                        0,
                        NodeKind::Seq(vec![
                            Node::new(0, 0, NodeKind::Null),
                            Node::new(0, 0, NodeKind::Bool(true)),
                            Node::new(0, 0, NodeKind::Float(f64::NAN)),
                        ]),
                    ),
                ),
            ]),
        );
        assert_eq!(
            node.to_json(),
            serde_json::json!({"2025": 1.5, "list": [null, true, null]})
        );
        assert!(node.as_str().is_none());
        assert_eq!(node.as_map().map(<[_]>::len), Some(2));
    }
}
