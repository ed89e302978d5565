//! Small value types shared by the plan sections: dates, year maps, references to entities.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::Spanned;
use super::sections::Strategy;
use super::spanned::expecting;

/// A calendar date written as `YYYY-MM-DD` (a TOML date or a string).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl From<Date> for jiff::civil::Date {
    fn from(date: Date) -> Self {
        date.0
    }
}

impl Date {
    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let n = |r: std::ops::Range<usize>| text[r].parse::<i16>().ok();
        let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
        jiff::civil::Date::new(y, m as i8, d as i8).ok().map(Date)
    }

    /// The year.
    pub fn year(self) -> i64 {
        i64::from(self.0.year())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads a value written as text with `parse`; anything else is a mistake against `expected`
/// (an [`expecting`] description), told to the deserializer as data.
struct FromText<T> {
    parse: fn(&str) -> Option<T>,
    expected: &'static str,
}

impl<T> Visitor<'_> for FromText<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expected)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self.expected))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(FromText {
            parse: Date::parse,
            expected: expecting::DATE,
        })
    }
}

/// A deadline: one date (`2026-04-01`), or a month and day that comes back every year (`04-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Deadline {
    /// A single date, `YYYY-MM-DD`.
    Once(Date),
    /// Every year on this month and day, `MM-DD`.
    Yearly {
        /// Month, 1–12.
        month: i8,
        /// Day of the month; never 29 February, which most years lack.
        day: i8,
    },
}

impl Deadline {
    /// Parses `YYYY-MM-DD` or `MM-DD` strictly (two-digit month and day; `02-29` is refused as a
    /// yearly deadline, as most years have no such day).
    pub fn parse(text: &str) -> Option<Self> {
        if text.len() == 10 {
            return Date::parse(text).map(Deadline::Once);
        }
        let b = text.as_bytes();
        let shape_ok = b.len() == 5
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let month: i8 = text[0..2].parse().ok()?;
        let day: i8 = text[3..5].parse().ok()?;
        // A year without 29 February decides which month-days exist every year.
        jiff::civil::Date::new(2025, month, day).ok()?;
        Some(Deadline::Yearly { month, day })
    }

    /// The days this deadline falls on in the years `years` (inclusive), in date order: the date
    /// itself when it is in them, or the month-day in each year.
    pub fn dates_in(self, years: std::ops::RangeInclusive<i64>) -> Vec<Date> {
        match self {
            Deadline::Once(date) => {
                if years.contains(&date.year()) {
                    vec![date]
                } else {
                    Vec::new()
                }
            }
            Deadline::Yearly { month, day } => years
                .filter_map(|y| i16::try_from(y).ok())
                .filter_map(|y| jiff::civil::Date::new(y, month, day).ok())
                .map(Date)
                .collect(),
        }
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Deadline::Once(date) => date.fmt(f),
            Deadline::Yearly { month, day } => write!(f, "{month:02}-{day:02}"),
        }
    }
}

impl serde::Serialize for Deadline {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Deadline {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(FromText {
            parse: Deadline::parse,
            expected: expecting::DEADLINE,
        })
    }
}

/// A year used as a mapping key; YAML writes `2025:`, TOML must write `"2025" =`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearKey(pub i64);

impl<'de> Deserialize<'de> for YearKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = YearKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(expecting::YEAR)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<YearKey, E> {
                Ok(YearKey(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<YearKey, E> {
                i64::try_from(v)
                    .map(YearKey)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<YearKey, E> {
                v.trim()
                    .parse()
                    .map(YearKey)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// An ordered mapping as written, e.g. age bands (`"under 30": 8`) or departures by year.
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<K, V>(pub Vec<(Spanned<K>, Spanned<V>)>);

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Vis<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Vis<K, V> {
            type Value = Entries<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = map.next_key()? {
                    out.push((k, map.next_value()?));
                }
                Ok(Entries(out))
            }
        }
        deserializer.deserialize_map(Vis(std::marker::PhantomData))
    }
}

/// A reference from a measure to a need, optionally with how much of its gap the measure closes
/// and the strategy by which it serves this need.
#[derive(Debug, Clone, PartialEq)]
pub enum NeedRef {
    /// `- B1`
    Plain(Spanned<String>),
    /// `- { need: B2, closes: 6 }`, `- { need: B2, closes: 6, strategy: acquire }`
    Link {
        /// The need.
        need: Spanned<String>,
        /// How much of the need's gap this measure closes, in the need's quantity.
        closes: Option<Spanned<f64>>,
        /// The strategy by which the measure serves this need, when it differs from the
        /// measure's own (a mixed measure); `None` means the measure's `strategy`.
        strategy: Option<Spanned<Strategy>>,
    },
}

impl NeedRef {
    /// The referenced need id with its span.
    pub fn id(&self) -> &Spanned<String> {
        match self {
            NeedRef::Plain(id) | NeedRef::Link { need: id, .. } => id,
        }
    }

    /// The contribution, if given.
    pub fn closes(&self) -> Option<&Spanned<f64>> {
        match self {
            NeedRef::Plain(_) => None,
            NeedRef::Link { closes, .. } => closes.as_ref(),
        }
    }

    /// The link's own strategy, if given.
    pub fn strategy(&self) -> Option<&Spanned<Strategy>> {
        match self {
            NeedRef::Plain(_) => None,
            NeedRef::Link { strategy, .. } => strategy.as_ref(),
        }
    }
}

impl<'de> Deserialize<'de> for NeedRef {
    // Written by hand: a derived `untagged` enum buffers its input and loses every span inside.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let node: Spanned<Either> = Deserialize::deserialize(deserializer)?;
        Ok(match node.value {
            Either::Id(id) => NeedRef::Plain(Spanned::new(id, node.span)),
            Either::Link(need, closes, strategy) => NeedRef::Link {
                need,
                closes,
                strategy,
            },
        })
    }
}

/// Either an id or `{ need, closes, strategy }`; decided by the visitor without buffering.
enum Either {
    Id(String),
    Link(
        Spanned<String>,
        Option<Spanned<f64>>,
        Option<Spanned<Strategy>>,
    ),
}

impl<'de> Deserialize<'de> for Either {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Either;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(expecting::NEED_REF)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Either, E> {
                Ok(Either::Id(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Either, A::Error> {
                const FIELDS: &[&str] = &["need", "closes", "strategy"];
                let (mut need, mut closes, mut strategy) = (None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "need" => need = Some(map.next_value()?),
                        "closes" => closes = Some(map.next_value()?),
                        "strategy" => strategy = Some(map.next_value()?),
                        other => return Err(de::Error::unknown_field(other, FIELDS)),
                    }
                }
                let need = need.ok_or_else(|| de::Error::missing_field("need"))?;
                if closes.is_none() && strategy.is_none() {
                    return Err(de::Error::invalid_value(
                        de::Unexpected::Map,
                        &expecting::NEED_LINK,
                    ));
                }
                Ok(Either::Link(need, closes, strategy))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A list that must hold at least one entry.
#[derive(Debug, Clone, PartialEq)]
pub struct NonEmpty<T>(pub Vec<T>);

impl<T> std::ops::Deref for NonEmpty<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for NonEmpty<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(deserializer)?;
        if items.is_empty() {
            return Err(de::Error::invalid_length(0, &expecting::NON_EMPTY));
        }
        Ok(NonEmpty(items))
    }
}

// JSON Schema for the hand-written types: what an editor should accept while typing.

impl schemars::JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date, YYYY-MM-DD",
        })
    }
}

impl schemars::JsonSchema for Deadline {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Deadline".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([0-9]{4}-)?[0-9]{2}-[0-9]{2}$",
            "description": "A deadline: a date, YYYY-MM-DD, or a yearly month-day, MM-DD",
        })
    }
}

impl<K: 'static, V: schemars::JsonSchema> schemars::JsonSchema for Entries<K, V> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Entries_{}", V::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let value = generator.subschema_for::<V>();
        let mut schema = schemars::json_schema!({
            "type": "object",
            "additionalProperties": value,
        });
        if std::any::TypeId::of::<K>() == std::any::TypeId::of::<YearKey>() {
            schema.insert(
                "propertyNames".into(),
                serde_json::json!({ "pattern": "^[0-9]{4}$" }),
            );
        }
        schema
    }
}

impl schemars::JsonSchema for NeedRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NeedRef".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A need id, or the id with how much of the need's gap this measure closes and, for a mixed measure, the strategy by which it serves this need",
            "oneOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "need": { "type": "string", "description": "Reference: need" },
                        "closes": { "type": "number", "description": "How much of the need's gap this measure closes, in the need's quantity" },
                        "strategy": {
                            "type": "string",
                            "enum": ["acquire", "develop", "mobilise", "phase-out"],
                            "description": "The strategy by which the measure serves this need, when it differs from the measure's own (a mixed measure)",
                        },
                    },
                    "required": ["need"],
                    "anyOf": [{ "required": ["closes"] }, { "required": ["strategy"] }],
                    "additionalProperties": false,
                },
            ],
        })
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for NonEmpty<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("NonEmpty_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let items = generator.subschema_for::<T>();
        schemars::json_schema!({ "type": "array", "items": items, "minItems": 1 })
    }
}

impl serde::Serialize for YearKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for Entries<K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl serde::Serialize for NeedRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            NeedRef::Plain(id) => id.serialize(serializer),
            NeedRef::Link {
                need,
                closes,
                strategy,
            } => {
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry("need", need)?;
                if let Some(closes) = closes {
                    map.serialize_entry("closes", closes)?;
                }
                if let Some(strategy) = strategy {
                    map.serialize_entry("strategy", strategy)?;
                }
                map.end()
            }
        }
    }
}

impl<T: serde::Serialize> serde::Serialize for NonEmpty<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[cfg(test)]
mod deadline_tests {
    use super::*;

    #[test]
    fn a_deadline_is_a_date_or_a_month_day_that_every_year_has() {
        let date = Date::parse("2026-04-01").unwrap();
        assert_eq!(Deadline::parse("2026-04-01"), Some(Deadline::Once(date)));
        assert_eq!(
            Deadline::parse("04-01"),
            Some(Deadline::Yearly { month: 4, day: 1 })
        );
        for bad in [
            "02-29",
            "13-01",
            "4-01",
            "04-1",
            "1.4.",
            "04/01",
            "2026-02-30",
            "",
        ] {
            assert_eq!(Deadline::parse(bad), None, "{bad}");
        }
        assert_eq!(Deadline::parse("04-01").unwrap().to_string(), "04-01");
    }

    #[test]
    fn a_yearly_deadline_falls_once_in_every_year_a_date_only_in_its_own() {
        let yearly = Deadline::parse("04-01").unwrap();
        let days: Vec<String> = yearly
            .dates_in(2025..=2027)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(days, ["2025-04-01", "2026-04-01", "2027-04-01"]);
        let once = Deadline::parse("2026-04-01").unwrap();
        assert_eq!(once.dates_in(2025..=2027).len(), 1);
        assert!(once.dates_in(2027..=2028).is_empty());
    }
}
