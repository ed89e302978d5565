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

    /// A short description of the node's kind for messages ("a list", "text", …).
    pub fn describe(&self) -> &'static str {
        match self.kind {
            NodeKind::Null => "nothing (null)",
            NodeKind::Bool(_) => "true/false",
            NodeKind::Int(_) => "a whole number",
            NodeKind::Float(_) => "a number",
            NodeKind::Str(_) => "text",
            NodeKind::Seq(_) => "a list",
            NodeKind::Map(_) => "a mapping",
        }
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
