//! Values that remember where in which file they were written, and the protocol by which a
//! deserializer tells them.
//!
//! # The spanned protocol
//!
//! The model owns this protocol; a deserializer that knows locations implements it (the loader's
//! `load::de::NodeDe` does). [`Spanned<T>`] asks its deserializer for a struct named
//! [`SPANNED`] with the fields [`SPANNED_FIELDS`]. A deserializer that knows where the value was
//! written answers with a map of exactly those four entries, in this order:
//!
//! 1. `$file`: the [`FileId`] number of the file (`u32`);
//! 2. `$start`, 3. `$end`: the byte range of the value in that file (`u32`, end exclusive);
//! 4. `$value`: the value itself, deserialized as `T`.
//!
//! Any other answer is an error ("Spanned needs the kplan deserializer"): a `Spanned` cannot be
//! read without a location, so plain `serde_json` or `toml` cannot produce the model.
//!
//! Model types report their own mistakes as data, never as words: `de::Error::invalid_value`
//! (or `invalid_type`, `invalid_length`) with one of the [`expecting`] descriptions, which the
//! loader recognises and puts into words in the plan's language.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use crate::source::{FileId, Span};

/// The struct name by which [`Spanned`] asks its deserializer for its location.
pub const SPANNED: &str = "$kplan::Spanned";
/// Field names of the location pseudo-struct, in the order they are produced.
pub const SPANNED_FIELDS: &[&str] = &["$file", "$start", "$end", "$value"];

/// What a model type expected, as it tells serde's `Expected` (`E::invalid_value(found,
/// &expecting::DATE)`). The loader's deserializer knows these descriptions and turns each into
/// a message of its own; another deserializer shows them as they are.
pub mod expecting {
    /// A `YYYY-MM-DD` date.
    pub const DATE: &str = "a date (YYYY-MM-DD)";
    /// A date, or a month and day that comes back every year.
    pub const DEADLINE: &str = "a deadline (YYYY-MM-DD or MM-DD)";
    /// A year (a mapping key).
    pub const YEAR: &str = "a year";
    /// A need id, or `{ need, closes, strategy }`.
    pub const NEED_REF: &str = "a need id or { need, closes, strategy }";
    /// `{ need }` with `closes` or `strategy` beside it.
    pub const NEED_LINK: &str = "`closes` or `strategy` beside `need`";
    /// A list with at least one entry.
    pub const NON_EMPTY: &str = "at least one entry";
}

/// A value and the span it was read from. Equality and ordering ignore the span.
#[derive(Debug, Clone)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps a value with its span.
    pub fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SpannedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
            type Value = Spanned<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value with its location")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                fn expect_key<'de, A: MapAccess<'de>>(
                    map: &mut A,
                    name: &str,
                ) -> Result<(), A::Error> {
                    match map.next_key::<&str>()? {
                        Some(k) if k == name => Ok(()),
                        _ => Err(de::Error::custom("Spanned needs the kplan deserializer")),
                    }
                }
                expect_key(&mut map, SPANNED_FIELDS[0])?;
                let file: u32 = map.next_value()?;
                expect_key(&mut map, SPANNED_FIELDS[1])?;
                let start: u32 = map.next_value()?;
                expect_key(&mut map, SPANNED_FIELDS[2])?;
                let end: u32 = map.next_value()?;
                expect_key(&mut map, SPANNED_FIELDS[3])?;
                let value: T = map.next_value()?;
                Ok(Spanned::new(value, Span::new(FileId(file), start, end)))
            }
        }

        deserializer.deserialize_struct(SPANNED, SPANNED_FIELDS, SpannedVisitor(PhantomData))
    }
}

/// A spanned value has the schema of its value.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// A spanned value serializes as its value.
impl<T: serde::Serialize> serde::Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deserializer_that_does_not_speak_the_protocol_is_refused() {
        // serde_json asks the visitor about a number, a string or a map it does not expect.
        let err = serde_json::from_str::<Spanned<i64>>("5").unwrap_err();
        assert!(
            err.to_string()
                .contains("expected a value with its location"),
            "{err}"
        );
        let err = serde_json::from_str::<Spanned<i64>>(r#"{"value": 5}"#).unwrap_err();
        assert!(
            err.to_string()
                .contains("Spanned needs the kplan deserializer"),
            "{err}"
        );
        // toml has a `Spanned` of its own, under another name: ours is not read from it.
        let err = ::toml::from_str::<Spanned<i64>>("x = 5").unwrap_err();
        assert!(
            err.to_string()
                .contains("Spanned needs the kplan deserializer"),
            "{err}"
        );
    }

    #[test]
    fn the_four_entries_are_needed_in_their_order() {
        let read = serde_json::from_str::<Spanned<i64>>;
        let spanned = read(r#"{"$file": 2, "$start": 4, "$end": 9, "$value": 5}"#).unwrap();
        assert_eq!(spanned.value, 5);
        assert_eq!(spanned.span, Span::new(FileId(2), 4, 9));
        for wrong in [
            r#"{"$start": 4, "$file": 2, "$end": 9, "$value": 5}"#,
            r#"{"$file": 2, "$start": 4, "$end": 9}"#,
            r#"{"$file": 2, "$start": 4, "$value": 5}"#,
        ] {
            let err = read(wrong).unwrap_err();
            assert!(
                err.to_string()
                    .contains("Spanned needs the kplan deserializer"),
                "{wrong}: {err}"
            );
        }
    }

    #[test]
    fn equality_serialization_and_schema_are_the_values() {
        let a = Spanned::new(5_i64, Span::new(FileId(0), 0, 1));
        let b = Spanned::new(5_i64, Span::new(FileId(1), 10, 20));
        assert_eq!(a, b, "equality ignores the span");
        assert_ne!(a, Spanned::new(6, a.span));
        assert_eq!(*a + 1, 6, "a spanned value derefs to its value");
        assert_eq!(serde_json::to_string(&b).unwrap(), "5");
        assert_eq!(
            schemars::schema_for!(Spanned<String>),
            schemars::schema_for!(String)
        );
    }
}
