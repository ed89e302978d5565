//! A serde deserializer over the [`Node`] tree, which fills in [`Spanned`] locations and reports
//! errors with the span of the value at fault.
//!
//! [`Spanned`]: crate::model::Spanned

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::tree::{Node, NodeKind};
use crate::model::spanned::{SPANNED, SPANNED_FIELDS, expecting};
use crate::source::FileId;

/// What went wrong while turning a node into a model value: data for a message, not its words
/// (the loader puts them into words in the plan's language).
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
    /// A field is given twice in one mapping.
    DuplicateField(&'static str),
    /// The value is of the wrong kind (text where a number belongs), or of the right kind but
    /// not readable as what the field takes (`1.8.2025` for a date).
    InvalidType {
        /// What was found.
        found: Found,
        /// What was expected.
        expected: Expected,
    },
    /// A list that must hold an entry is empty.
    EmptyList,
    /// A message of serde or of the location protocol, not about the plan's contents (a model
    /// type read without the kplan deserializer, say); shown as it is.
    Other(String),
}

/// What a value was, as an error tells it.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Nothing: an empty value, `null`, `~`.
    Nothing,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Whole(i64),
    /// A number with decimals.
    Decimal(f64),
    /// A text.
    Text(String),
    /// A list.
    List,
    /// A mapping (fields with values).
    Mapping,
    /// Anything else serde can name.
    Other(String),
}

/// What the field takes, as an error tells it.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A whole number.
    WholeNumber,
    /// Any number.
    Number,
    /// A text.
    Text,
    /// `true` or `false`.
    Bool,
    /// A list.
    List,
    /// A mapping: a struct of the model, or a map such as age bands.
    Mapping,
    /// One of the values of an enum.
    OneOf(&'static [&'static str]),
    /// A `YYYY-MM-DD` date.
    Date,
    /// A date or a yearly `MM-DD`.
    Deadline,
    /// A year.
    Year,
    /// A need id or `{ need, closes, strategy }`.
    NeedRef,
    /// `{ need }` with `closes` or `strategy` beside it.
    NeedLink,
    /// Anything else, in serde's words.
    Other(String),
}

impl Expected {
    /// What serde's description of an expected value (`i64`, `a string`, a model type's
    /// [`expecting`] description) means.
    fn from_serde(exp: &str) -> Self {
        match exp {
            "i64" | "i32" | "i16" | "i8" | "u64" | "u32" | "u16" | "u8" => Expected::WholeNumber,
            "f64" | "f32" => Expected::Number,
            "a string" | "a borrowed string" | "a character" => Expected::Text,
            "a boolean" => Expected::Bool,
            "a sequence" => Expected::List,
            "a map" => Expected::Mapping,
            expecting::DATE => Expected::Date,
            expecting::DEADLINE => Expected::Deadline,
            expecting::YEAR => Expected::Year,
            expecting::NEED_REF => Expected::NeedRef,
            expecting::NEED_LINK => Expected::NeedLink,
            other if other.starts_with("struct ") => Expected::Mapping,
            other => Expected::Other(other.to_owned()),
        }
    }
}

impl Found {
    fn from_serde(unexp: &de::Unexpected<'_>) -> Self {
        match *unexp {
            de::Unexpected::Unit | de::Unexpected::Option => Found::Nothing,
            de::Unexpected::Bool(b) => Found::Bool(b),
            de::Unexpected::Signed(i) => Found::Whole(i),
            de::Unexpected::Unsigned(u) => match i64::try_from(u) {
                Ok(i) => Found::Whole(i),
                Err(_) => Found::Decimal(u as f64),
            },
            de::Unexpected::Float(x) => Found::Decimal(x),
            de::Unexpected::Str(s) => Found::Text(s.to_owned()),
            de::Unexpected::Char(c) => Found::Text(c.to_string()),
            de::Unexpected::Seq => Found::List,
            de::Unexpected::Map => Found::Mapping,
            ref other => Found::Other(other.to_string()),
        }
    }
}

/// An error with the byte range of the value that caused it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeError {
    /// What went wrong.
    pub kind: DeErrorKind,
    /// Where, once known: the innermost node that failed.
    pub span: Option<(u32, u32)>,
    /// The innermost field of a model type the error is in (`count` for an error in
    /// `count: many`, `goals` for one in an entry of `goals: [..]`), once known.
    pub field: Option<String>,
}

impl DeError {
    fn at(mut self, node: &Node) -> Self {
        self.span.get_or_insert((node.start, node.end));
        self
    }

    fn in_field(mut self, key: &Node) -> Self {
        if self.field.is_none() {
            self.field = key.as_str().map(str::to_owned);
        }
        self
    }

    fn new(kind: DeErrorKind) -> Self {
        Self {
            kind,
            span: None,
            field: None,
        }
    }
}

/// For developers (logs, test failures): the data of the error. Findings put it into words.
impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)?;
        if let Some(field) = &self.field {
            write!(f, " in `{field}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self::new(DeErrorKind::Other(msg.to_string()))
    }

    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::new(DeErrorKind::InvalidType {
            found: Found::from_serde(&unexp),
            expected: Expected::from_serde(&exp.to_string()),
        })
    }

    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::invalid_type(unexp, exp)
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        if len == 0 && exp.to_string() == expecting::NON_EMPTY {
            Self::new(DeErrorKind::EmptyList)
        } else {
            Self::new(DeErrorKind::Other(format!(
                "invalid length {len}, expected {exp}"
            )))
        }
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
        Self::new(DeErrorKind::DuplicateField(field))
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

impl<'de> NodeDe<'de> {
    /// Visits the node as what it is; a mapping read as a model struct (`fields`) tells its
    /// errors the field they are in.
    fn any<V: Visitor<'de>>(self, visitor: V, fields: bool) -> Result<V::Value, DeError> {
        let node = self.node;
        let result = match &node.kind {
            NodeKind::Null => visitor.visit_unit(),
            NodeKind::Bool(b) => visitor.visit_bool(*b),
            NodeKind::Int(i) => visitor.visit_i64(*i),
            NodeKind::Float(x) => visitor.visit_f64(*x),
            NodeKind::Str(s) => visitor.visit_borrowed_str(s),
            // serde would read a struct from a list, field by field in order: a plan author
            // never means that.
            NodeKind::Seq(_) if fields => Err(DeError::new(DeErrorKind::InvalidType {
                found: Found::List,
                expected: Expected::Mapping,
            })),
            NodeKind::Seq(items) => visitor.visit_seq(SeqAccess {
                items: items.iter(),
                file: self.file,
            }),
            NodeKind::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                value: None,
                fields,
                file: self.file,
            }),
        };
        result.map_err(|e| e.at(node))
    }
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.any(visitor, false)
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
        self.any(visitor, true)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.kind {
            NodeKind::Str(s) => {
                let de: de::value::BorrowedStrDeserializer<'de, DeError> =
                    de::value::BorrowedStrDeserializer::new(s);
                visitor.visit_enum(de)
            }
            _ => Err(DeError::new(DeErrorKind::InvalidType {
                found: Found::from_serde(&unexpected(self.node)),
                expected: Expected::OneOf(variants),
            })),
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
    /// The entry whose key was read last, until its value is.
    value: Option<&'de (Node, Node)>,
    /// Whether the keys are the fields of a model struct (not data, as in age bands).
    fields: bool,
    file: FileId,
}

impl<'de> de::MapAccess<'de> for MapAccess<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            Some(entry) => {
                self.value = Some(entry);
                let key = &entry.0;
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
        let (key, node) = self
            .value
            .take()
            .ok_or_else(|| <DeError as de::Error>::custom("value requested before its key"))?;
        // Errors raised after a value was read (a bad date, say) still point at that value.
        seed.deserialize(NodeDe {
            node,
            file: self.file,
        })
        .map_err(|e| {
            let e = e.at(node);
            if self.fields { e.in_field(key) } else { e }
        })
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

#[cfg(test)]
mod tests {
    //! The span rules, read off small literal inputs: each test says which text a span covers.

    use serde::Deserialize;

    use super::*;
    use crate::load::parse_text;
    use crate::model::{Date, Spanned};

    fn yaml(text: &str) -> Node {
        parse_text(text, false)
            .expect("valid YAML")
            .expect("a document")
    }

    fn toml(text: &str) -> Node {
        parse_text(text, true)
            .expect("valid TOML")
            .expect("a document")
    }

    fn read<'a, T: Deserialize<'a>>(node: &'a Node) -> Result<T, DeError> {
        from_node(node, FileId(3))
    }

    /// The text a spanned value was read from.
    fn shown<'t, T>(text: &'t str, value: &Spanned<T>) -> &'t str {
        &text[value.span.start as usize..value.span.end as usize]
    }

    /// The text an error points at.
    fn blamed<'t>(text: &'t str, err: &DeError) -> &'t str {
        let (start, end) = err.span.expect("the error has a span");
        &text[start as usize..end as usize]
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Scalars {
        int: Spanned<i64>,
        float: Spanned<f64>,
        yes: Spanned<bool>,
        text: Spanned<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: Spanned<String>,
        count: Option<Spanned<i64>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Items {
        items: Spanned<Vec<Spanned<Item>>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct One {
        item: Spanned<Item>,
    }

    #[derive(Debug, Deserialize)]
    struct Text {
        text: Spanned<String>,
        next: Spanned<i64>,
    }

    #[derive(Debug, Deserialize)]
    struct When {
        date: Spanned<Date>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Colour {
        Red,
        Green,
    }

    #[derive(Debug, Deserialize)]
    struct Paint {
        colour: Spanned<Colour>,
    }

    #[test]
    fn a_yaml_scalar_span_covers_exactly_its_value() {
        let text = "int: 42\nfloat: 1.5\nyes: true\ntext: plain words  # a comment\n";
        let node = yaml(text);
        let s: Scalars = read(&node).unwrap();
        assert_eq!((s.int.value, shown(text, &s.int)), (42, "42"));
        assert_eq!((s.float.value, shown(text, &s.float)), (1.5, "1.5"));
        assert_eq!((s.yes.value, shown(text, &s.yes)), (true, "true"));
        assert_eq!(shown(text, &s.text), "plain words");
        assert_eq!(s.text.value, "plain words");
    }

    #[test]
    fn a_toml_scalar_span_covers_exactly_its_value() {
        let text = "int = 42\nfloat = 1.5\nyes = true\ntext = 'plain words'  # a comment\n";
        let node = toml(text);
        let s: Scalars = read(&node).unwrap();
        assert_eq!((s.int.value, shown(text, &s.int)), (42, "42"));
        assert_eq!((s.float.value, shown(text, &s.float)), (1.5, "1.5"));
        assert_eq!((s.yes.value, shown(text, &s.yes)), (true, "true"));
        assert_eq!(shown(text, &s.text), "'plain words'");
    }

    #[test]
    fn quotes_are_inside_the_span_of_a_quoted_string() {
        for (text, quoted) in [
            ("text: \"a b\"\nnext: 1\n", "\"a b\""),
            ("text: 'a b'\nnext: 1\n", "'a b'"),
        ] {
            let node = yaml(text);
            let t: Text = read(&node).unwrap();
            assert_eq!(t.text.value, "a b");
            assert_eq!(shown(text, &t.text), quoted, "YAML {text:?}");
        }
        for (text, quoted) in [
            ("text = \"a b\"\nnext = 1\n", "\"a b\""),
            ("text = 'a b'\nnext = 1\n", "'a b'"),
        ] {
            let node = toml(text);
            let t: Text = read(&node).unwrap();
            assert_eq!(t.text.value, "a b");
            assert_eq!(shown(text, &t.text), quoted, "TOML {text:?}");
        }
    }

    #[test]
    fn a_yaml_block_string_span_runs_from_its_first_character_to_its_last_line_break() {
        // The `|` or `>` indicator and the first line's indentation are outside the span; the
        // later lines' indentation and the last line break are inside.
        let text = "text: |\n  line one\n  line two\nnext: 1\n";
        let node = yaml(text);
        let t: Text = read(&node).unwrap();
        assert_eq!(t.text.value, "line one\nline two\n");
        assert_eq!(shown(text, &t.text), "line one\n  line two\n");
        assert_eq!(shown(text, &t.next), "1");

        let text = "text: >\n  folded\n  words\nnext: 2\n";
        let node = yaml(text);
        let t: Text = read(&node).unwrap();
        assert_eq!(t.text.value, "folded words\n");
        assert_eq!(shown(text, &t.text), "folded\n  words\n");
    }

    #[test]
    fn a_toml_multi_line_string_span_includes_its_triple_quotes() {
        let text = "text = \"\"\"\nline one\nline two\"\"\"\nnext = 1\n";
        let node = toml(text);
        let t: Text = read(&node).unwrap();
        // The newline right after the opening quotes is not part of the value.
        assert_eq!(t.text.value, "line one\nline two");
        assert_eq!(shown(text, &t.text), "\"\"\"\nline one\nline two\"\"\"");
    }

    #[test]
    fn nested_lists_and_mappings_each_get_their_own_span() {
        let text = "items:\n  - id: A\n    count: 3\n  - id: B\n# done\n";
        let node = yaml(text);
        let doc: Items = read(&node).unwrap();
        assert_eq!(shown(text, &doc.items), "- id: A\n    count: 3\n  - id: B");
        let [a, b] = &doc.items.value[..] else {
            panic!("two items")
        };
        assert_eq!(shown(text, a), "id: A\n    count: 3");
        assert_eq!(shown(text, &a.id), "A");
        assert_eq!(shown(text, a.count.as_ref().unwrap()), "3");
        assert_eq!(shown(text, b), "id: B");
        assert!(b.count.is_none());
    }

    #[test]
    fn a_toml_inline_table_and_a_yaml_flow_mapping_span_their_braces() {
        let text = "item = { id = \"A\", count = 3 }\n";
        let node = toml(text);
        let one: One = read(&node).unwrap();
        assert_eq!(shown(text, &one.item), "{ id = \"A\", count = 3 }");
        assert_eq!(shown(text, &one.item.id), "\"A\"");
        assert_eq!(shown(text, one.item.count.as_ref().unwrap()), "3");

        let text = "item: {id: A, count: 3}  # flow\n";
        let node = yaml(text);
        let one: One = read(&node).unwrap();
        assert_eq!(shown(text, &one.item), "{id: A, count: 3}");
        assert_eq!(shown(text, &one.item.id), "A");
        assert_eq!(shown(text, one.item.count.as_ref().unwrap()), "3");
    }

    #[test]
    fn an_error_inside_a_nested_value_points_at_that_value() {
        let text = "items:\n  - id: A\n  - id: B\n    count: many\n";
        let node = yaml(text);
        let err = read::<Items>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "many");
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::Text("many".into()),
                expected: Expected::WholeNumber,
            }
        );
        assert_eq!(err.field.as_deref(), Some("count"), "the innermost field");

        let text = "[[items]]\nid = \"A\"\n\n[[items]]\nid = [\"B\"]\n";
        let node = toml(text);
        let err = read::<Items>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "[\"B\"]");
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::List,
                expected: Expected::Text,
            }
        );
        assert_eq!(err.field.as_deref(), Some("id"));
    }

    #[test]
    fn an_error_raised_after_a_value_was_read_points_at_that_value() {
        let text = "date: 2025-06-19\n";
        let node = yaml(text);
        let when: When = read(&node).unwrap();
        assert_eq!(when.date.value.0.to_string(), "2025-06-19");
        assert_eq!(shown(text, &when.date), "2025-06-19");

        // `Date` reads the text, then finds it is no date.
        let text = "date: 2025-13-01\n";
        let node = yaml(text);
        let err = read::<When>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "2025-13-01");
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::Text("2025-13-01".into()),
                expected: Expected::Date,
            }
        );
        assert_eq!(err.field.as_deref(), Some("date"));

        // A date written as a number is a date of the wrong kind, not a text.
        let node = yaml("date: 2025\n");
        let err = read::<When>(&node).unwrap_err();
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::Whole(2025),
                expected: Expected::Date,
            }
        );
    }

    #[test]
    fn an_unknown_field_points_at_its_key() {
        let text = "items:\n  - id: A\n    colour: red\n";
        let node = yaml(text);
        let err = read::<Items>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "colour");
        assert_eq!(
            err.kind,
            DeErrorKind::UnknownField {
                field: "colour".into(),
                expected: &["id", "count"],
            }
        );

        let text = "item = { id = \"A\", colour = \"red\" }\n";
        let node = toml(text);
        let err = read::<One>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "colour");
    }

    #[test]
    fn a_missing_required_field_points_at_the_mapping() {
        let text = "items:\n  - id: A\n  - count: 3\n    # no id\n";
        let node = yaml(text);
        let err = read::<Items>(&node).unwrap_err();
        assert_eq!(err.kind, DeErrorKind::MissingField("id"));
        assert_eq!(blamed(text, &err), "count: 3");

        let text = "item = { count = 3 }\n";
        let node = toml(text);
        let err = read::<One>(&node).unwrap_err();
        assert_eq!(err.kind, DeErrorKind::MissingField("id"));
        assert_eq!(blamed(text, &err), "{ count = 3 }");
    }

    #[test]
    fn an_unknown_enum_value_points_at_the_value_and_lists_the_allowed() {
        let node = yaml("colour: green\n");
        let paint: Paint = read(&node).unwrap();
        assert_eq!(paint.colour.value, Colour::Green);

        let text = "colour: blue\n";
        let node = yaml(text);
        let err = read::<Paint>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "blue");
        assert_eq!(
            err.kind,
            DeErrorKind::UnknownVariant {
                variant: "blue".into(),
                expected: &["red", "green"],
            }
        );

        let text = "colour: [red]\n";
        let node = yaml(text);
        let err = read::<Paint>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "[red]");
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::List,
                expected: Expected::OneOf(&["red", "green"]),
            }
        );
    }

    #[test]
    fn model_types_tell_their_mistakes_as_data() {
        use crate::model::{NeedRef, NonEmpty};

        #[derive(Debug, Deserialize)]
        #[allow(dead_code)] // read only for its errors
        struct Link {
            needs: Vec<Spanned<NeedRef>>,
            goals: Option<NonEmpty<String>>,
        }
        let text = "needs:\n  - { need: B1 }\n";
        let node = yaml(text);
        let err = read::<Link>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "{ need: B1 }");
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::Mapping,
                expected: Expected::NeedLink,
            }
        );
        let node = yaml("needs: []\ngoals: []\n");
        let err = read::<Link>(&node).unwrap_err();
        assert_eq!(err.kind, DeErrorKind::EmptyList);
        assert_eq!(err.field.as_deref(), Some("goals"));

        // serde's own messages and the location protocol's stay as they are.
        let err = <DeError as de::Error>::custom("no good");
        assert_eq!(err.kind, DeErrorKind::Other("no good".into()));
        assert_eq!(err.span, None, "a span is only known once a node adds it");
    }

    #[test]
    fn the_field_of_an_error_is_a_struct_field_not_a_data_key() {
        use crate::model::{Entries, YearKey};

        #[derive(Debug, Deserialize)]
        #[allow(dead_code)] // read only for its errors
        struct Years {
            departures: Entries<YearKey, i64>,
        }
        let text = "departures:\n  2025: 3\n  2026: many\n";
        let node = yaml(text);
        let err = read::<Years>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "many");
        assert_eq!(err.field.as_deref(), Some("departures"));

        let text = "departures:\n  next: 3\n";
        let node = yaml(text);
        let err = read::<Years>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "next");
        assert_eq!(
            err.kind,
            DeErrorKind::InvalidType {
                found: Found::Text("next".into()),
                expected: Expected::Year,
            }
        );
    }

    #[test]
    fn integers_and_floats_are_told_apart() {
        #[derive(Debug, Deserialize)]
        struct Whole {
            n: Spanned<i64>,
        }
        #[derive(Debug, Deserialize)]
        struct Real {
            n: Spanned<f64>,
        }
        // A whole number is a fine `f64`, a decimal is no `i64`; `2.0` is a decimal.
        for (text, is_toml) in [("n: 2\n", false), ("n = 2\n", true)] {
            let node = parse_text(text, is_toml).unwrap().unwrap();
            assert_eq!(read::<Real>(&node).unwrap().n.value, 2.0);
            assert_eq!(read::<Whole>(&node).unwrap().n.value, 2);
        }
        for (text, is_toml) in [("n: 2.0\n", false), ("n = 2.0\n", true)] {
            let node = parse_text(text, is_toml).unwrap().unwrap();
            assert_eq!(read::<Real>(&node).unwrap().n.value, 2.0);
            let err = read::<Whole>(&node).unwrap_err();
            assert_eq!(
                err.kind,
                DeErrorKind::InvalidType {
                    found: Found::Decimal(2.0),
                    expected: Expected::WholeNumber,
                }
            );
            assert_eq!(blamed(text, &err), "2.0");
        }
    }

    #[test]
    fn an_empty_yaml_value_is_none_or_an_empty_list() {
        #[derive(Debug, Deserialize)]
        struct Maybe {
            count: Option<Spanned<i64>>,
            groups: Vec<Spanned<String>>,
        }
        let node = yaml("count:\ngroups:\n");
        let m: Maybe = read(&node).unwrap();
        assert!(m.count.is_none());
        assert!(m.groups.is_empty());
        let node = yaml("count: ~\ngroups: []\n");
        let m: Maybe = read(&node).unwrap();
        assert!(m.count.is_none());
        assert!(m.groups.is_empty());
    }

    #[test]
    fn the_file_id_is_carried_into_every_span() {
        let text = "items:\n  - id: A\n    count: 3\n";
        let node = yaml(text);
        let doc: Items = from_node(&node, FileId(7)).unwrap();
        let item = &doc.items.value[0];
        for span in [
            doc.items.span,
            item.span,
            item.id.span,
            item.count.as_ref().unwrap().span,
        ] {
            assert_eq!(span.file, FileId(7));
        }
        let doc: Items = from_node(&node, FileId(0)).unwrap();
        assert_eq!(doc.items.value[0].id.span.file, FileId(0));
    }
}
