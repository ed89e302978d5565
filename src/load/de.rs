//! A serde deserializer over the [`Node`] tree, which fills in [`Spanned`] locations and reports
//! errors with the span of the value at fault.
//!
//! [`Spanned`]: crate::model::Spanned

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::tree::{Node, NodeKind};
use crate::model::spanned::{HELP, SPANNED, SPANNED_FIELDS};
use crate::source::FileId;

/// What went wrong while turning a node into a model value.
#[derive(Debug, Clone, PartialEq)]
pub enum DeErrorKind {
    /// A field the type does not have.
    UnknownField {
        /// The field as written.
        field: String,
        /// The fields the type does have.
        expected: &'static [&'static str],
    },
    /// An enum value outside its list.
    UnknownVariant {
        /// The value as written.
        variant: String,
        /// The allowed values.
        expected: &'static [&'static str],
    },
    /// A required field is absent.
    MissingField(&'static str),
    /// The value has the wrong type.
    InvalidType {
        /// What was found.
        found: String,
        /// What was expected.
        expected: String,
    },
    /// Any other message (bad date, …), with a help line when the message gave one.
    Custom(String, Option<String>),
}

/// An error with the byte range of the value that caused it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeError {
    /// What went wrong.
    pub kind: DeErrorKind,
    /// Where, once known: the innermost node that failed.
    pub span: Option<(u32, u32)>,
}

impl DeError {
    fn at(mut self, node: &Node) -> Self {
        self.span.get_or_insert((node.start, node.end));
        self
    }

    fn new(kind: DeErrorKind) -> Self {
        Self { kind, span: None }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            DeErrorKind::UnknownField { field, .. } => write!(f, "unknown field `{field}`"),
            DeErrorKind::UnknownVariant { variant, expected } => write!(
                f,
                "`{variant}` is not one of the allowed values: {}",
                expected.join(", ")
            ),
            DeErrorKind::MissingField(name) => write!(f, "missing required field `{name}`"),
            DeErrorKind::InvalidType { found, expected } => {
                write!(f, "expected {expected}, found {found}")
            }
            DeErrorKind::Custom(msg, _) => f.write_str(msg),
        }
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let msg = msg.to_string();
        match msg.split_once(HELP) {
            Some((msg, help)) => Self::new(DeErrorKind::Custom(msg.into(), Some(help.into()))),
            None => Self::new(DeErrorKind::Custom(msg, None)),
        }
    }

    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::new(DeErrorKind::InvalidType {
            found: describe_unexpected(&unexp),
            expected: describe_expected(&exp.to_string()),
        })
    }

    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::invalid_type(unexp, exp)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::new(DeErrorKind::UnknownVariant {
            variant: variant.to_owned(),
            expected,
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::new(DeErrorKind::UnknownField {
            field: field.to_owned(),
            expected,
        })
    }

    fn missing_field(field: &'static str) -> Self {
        Self::new(DeErrorKind::MissingField(field))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::custom(format_args!("field `{field}` is given twice"))
    }
}

/// Phrases serde's type descriptions in the words of a plan author.
fn describe_unexpected(unexp: &de::Unexpected<'_>) -> String {
    match unexp {
        de::Unexpected::Unit | de::Unexpected::Option => "nothing (null)".into(),
        de::Unexpected::Map => "a mapping".into(),
        de::Unexpected::Seq => "a list".into(),
        de::Unexpected::Str(s) => format!("the text \"{s}\""),
        de::Unexpected::Float(x) => format!("the number {x}"),
        de::Unexpected::Signed(x) => format!("the number {x}"),
        de::Unexpected::Unsigned(x) => format!("the number {x}"),
        de::Unexpected::Bool(b) => format!("`{b}`"),
        other => other.to_string(),
    }
}

fn describe_expected(exp: &str) -> String {
    match exp {
        "i64" | "i32" | "u32" | "u64" | "u16" | "i16" => "a whole number".into(),
        "f64" | "f32" => "a number".into(),
        "a string" | "a borrowed string" => "text".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list".into(),
        "a map" => "a mapping".into(),
        other => match other.strip_prefix("struct ") {
            Some(name) => format!("a mapping ({name})"),
            None => match other.strip_prefix("enum ") {
                Some(name) => format!("one of the values of {name}"),
                None => other.to_owned(),
            },
        },
    }
}

/// Deserializes `T` from `node`, recording `file` in every [`crate::model::Spanned`].
pub fn from_node<'de, T: de::Deserialize<'de>>(
    node: &'de Node,
    file: FileId,
) -> Result<T, DeError> {
    T::deserialize(NodeDe { node, file })
}

/// The deserializer for one node.
#[derive(Clone, Copy)]
pub struct NodeDe<'de> {
    node: &'de Node,
    file: FileId,
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let node = self.node;
        let result = match &node.kind {
            NodeKind::Null => visitor.visit_unit(),
            NodeKind::Bool(b) => visitor.visit_bool(*b),
            NodeKind::Int(i) => visitor.visit_i64(*i),
            NodeKind::Float(x) => visitor.visit_f64(*x),
            NodeKind::Str(s) => visitor.visit_borrowed_str(s),
            NodeKind::Seq(items) => visitor.visit_seq(SeqAccess {
                items: items.iter(),
                file: self.file,
            }),
            NodeKind::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                value: None,
                file: self.file,
            }),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.kind {
            NodeKind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
        .map_err(|e| e.at(self.node))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        // `groups:` with nothing after it reads as an empty list, as a YAML author means it.
        match self.node.kind {
            NodeKind::Null => visitor
                .visit_seq(SeqAccess {
                    items: [].iter(),
                    file: self.file,
                })
                .map_err(|e| e.at(self.node)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if name == SPANNED {
            return visitor.visit_map(SpannedAccess { de: self, step: 0 });
        }
        let _ = fields;
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.kind {
            NodeKind::Str(s) => {
                let de: de::value::BorrowedStrDeserializer<'de, DeError> =
                    de::value::BorrowedStrDeserializer::new(s);
                visitor.visit_enum(de)
            }
            _ => Err(de::Error::invalid_type(unexpected(self.node), &visitor)),
        }
        .map_err(|e| e.at(self.node))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct tuple tuple_struct map identifier ignored_any
    }
}

fn unexpected(node: &Node) -> de::Unexpected<'_> {
    match &node.kind {
        NodeKind::Null => de::Unexpected::Unit,
        NodeKind::Bool(b) => de::Unexpected::Bool(*b),
        NodeKind::Int(i) => de::Unexpected::Signed(*i),
        NodeKind::Float(x) => de::Unexpected::Float(*x),
        NodeKind::Str(s) => de::Unexpected::Str(s),
        NodeKind::Seq(_) => de::Unexpected::Seq,
        NodeKind::Map(_) => de::Unexpected::Map,
    }
}

struct SeqAccess<'de> {
    items: std::slice::Iter<'de, Node>,
    file: FileId,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'de> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            Some(node) => seed
                .deserialize(NodeDe {
                    node,
                    file: self.file,
                })
                .map(Some)
                .map_err(|e| e.at(node)),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAccess<'de> {
    entries: std::slice::Iter<'de, (Node, Node)>,
    value: Option<&'de Node>,
    file: FileId,
}

impl<'de> de::MapAccess<'de> for MapAccess<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(NodeDe {
                    node: key,
                    file: self.file,
                })
                .map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let node = self
            .value
            .take()
            .ok_or_else(|| <DeError as de::Error>::custom("value requested before its key"))?;
        // Errors raised after a value was read (a bad date, say) still point at that value.
        seed.deserialize(NodeDe {
            node,
            file: self.file,
        })
        .map_err(|e| e.at(node))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Hands the location of a node to [`crate::model::Spanned`], then the node itself.
struct SpannedAccess<'de> {
    de: NodeDe<'de>,
    step: usize,
}

impl<'de> de::MapAccess<'de> for SpannedAccess<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match SPANNED_FIELDS.get(self.step) {
            Some(field) => seed
                .deserialize(de::value::BorrowedStrDeserializer::new(field))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let step = self.step;
        self.step += 1;
        match step {
            0 => seed.deserialize(self.de.file.0.into_deserializer()),
            1 => seed.deserialize(self.de.node.start.into_deserializer()),
            2 => seed.deserialize(self.de.node.end.into_deserializer()),
            _ => seed.deserialize(self.de).map_err(|e| e.at(self.de.node)),
        }
    }
}
