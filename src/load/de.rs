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
                found: "the text \"many\"".into(),
                expected: "a whole number".into(),
            }
        );
        assert_eq!(
            err.to_string(),
            "expected a whole number, found the text \"many\""
        );

        let text = "[[items]]\nid = \"A\"\n\n[[items]]\nid = [\"B\"]\n";
        let node = toml(text);
        let err = read::<Items>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "[\"B\"]");
        assert_eq!(err.to_string(), "expected text, found a list");
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
            DeErrorKind::Custom(
                "`2025-13-01` is not a valid date".into(),
                Some("write the date as YYYY-MM-DD, e.g. 2025-06-19".into())
            )
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
            err.to_string(),
            "`blue` is not one of the allowed values: red, green"
        );

        let text = "colour: [red]\n";
        let node = yaml(text);
        let err = read::<Paint>(&node).unwrap_err();
        assert_eq!(blamed(text, &err), "[red]");
        assert_eq!(
            err.to_string(),
            "expected one of the values of Colour, found a list"
        );
    }

    #[test]
    fn the_help_separator_splits_message_and_help() {
        let err = <DeError as de::Error>::custom(format_args!("no good{HELP}do this instead"));
        assert_eq!(
            err.kind,
            DeErrorKind::Custom("no good".into(), Some("do this instead".into()))
        );
        assert_eq!(err.to_string(), "no good", "the help is not in the message");
        assert_eq!(err.span, None, "a span is only known once a node adds it");

        let err = <DeError as de::Error>::custom("no help here");
        assert_eq!(err.kind, DeErrorKind::Custom("no help here".into(), None));
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
                err.to_string(),
                "expected a whole number, found the number 2"
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
