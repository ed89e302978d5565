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
//! Model types report their own mistakes with `de::Error::custom(message)`; a message may carry
//! a help line after the [`HELP`] separator, which the loader shows as the finding's help.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use crate::source::{FileId, Span};

/// The struct name by which [`Spanned`] asks its deserializer for its location.
pub const SPANNED: &str = "$kplan::Spanned";
/// Field names of the location pseudo-struct, in the order they are produced.
pub const SPANNED_FIELDS: &[&str] = &["$file", "$start", "$end", "$value"];
/// Separates a message from its help line in `de::Error::custom` messages of model types.
pub const HELP: &str = "\u{1f}";

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
