//! The loader's `schema` findings in words: what an error of [`super::de`] means to the person
//! who wrote the file, and what to write instead. The words are in
//! `codes/schema/{en,nb,nn}.ftl`; kinds of value are told in plain words ("a whole number", "a
//! date such as 2025-08-01"), while field names and values stay as written, in backticks.

use super::de::{DeError, DeErrorKind, Expected, Found};
use super::tree::{Node, NodeKind};
use crate::diag::{Arg, Code, Finding, Msg, did_you_mean};
use crate::model::Section;
use crate::msg;
use crate::source::{FileId, Span};

/// Where the entity whose error is reported stands in its file.
#[derive(Debug, Clone, Copy)]
pub enum Place<'a> {
    /// An entry of the list section of this name.
    Entry(&'a str),
    /// The singleton section of this name.
    Section(&'a str),
    /// `kplan.toml`.
    Manifest,
}

/// Texts longer than this are not echoed in a message (the snippet shows them).
const ECHO_MAX: usize = 40;

/// The `schema` finding of one error of the entity `entity`, in the file `file` whose text is
/// `text`. A number or a date written the Norwegian way (`48,2`, `200 000 kr`, `200.000`,
/// `1.8.2025`) gets the line as it should be as its help ([`super::habits`]).
pub fn finding(
    file: FileId,
    text: &str,
    entity: &Node,
    place: Place<'_>,
    err: &DeError,
) -> Finding {
    let mut finding = words(file, text, entity, place, err);
    if let DeErrorKind::InvalidType { expected, .. } = &err.kind {
        let number_expected = match expected {
            Expected::WholeNumber | Expected::Number => Some(true),
            Expected::Date | Expected::Deadline => Some(false),
            _ => None,
        };
        let span = err.span.unwrap_or((entity.start, entity.end));
        let habit = number_expected
            .zip(find(entity, span))
            .and_then(|(number, node)| super::habits::schema_help(text, node, number));
        if let Some(help) = habit {
            finding.help = Some(help);
        }
    }
    finding
}

/// [`finding`] before the habits are read.
fn words(file: FileId, text: &str, entity: &Node, place: Place<'_>, err: &DeError) -> Finding {
    let span = err.span.unwrap_or((entity.start, entity.end));
    let at = |(start, end): (u32, u32)| Span::new(file, start, end);
    let field = err.field.as_deref().or(match place {
        // An error of the whole singleton is an error of the section's value.
        Place::Section(name) if span == (entity.start, entity.end) => Some(name),
        _ => None,
    });
    match &err.kind {
        DeErrorKind::UnknownField {
            field: name,
            expected,
        } => {
            // A hand-written visitor reports at the mapping: point at the key.
            let span = find(entity, span)
                .and_then(|n| n.as_map())
                .and_then(|entries| entries.iter().find(|(k, _)| k.as_str() == Some(name)))
                .map_or(span, |(k, _)| (k.start, k.end));
            let fields = names_and(expected);
            let help = match did_you_mean(name, expected.iter().copied()) {
                Some(s) => msg!(
                    "schema-unknown-field-did-you-mean",
                    suggestion = s,
                    fields = fields
                ),
                None => msg!("schema-unknown-field-help", fields = fields),
            };
            Finding::at(
                Code::Schema,
                at(span),
                msg!("schema-unknown-field", field = name),
            )
            .label(msg!("schema-unknown-field-label"))
            .help(help)
        }
        DeErrorKind::UnknownVariant { variant, expected } => {
            unknown_value(at(span), field, variant, expected)
        }
        DeErrorKind::MissingField(name) => {
            // Point at the entry's first key rather than underlining the whole entry.
            let span = find(entity, span)
                .and_then(|n| n.as_map()?.first())
                .map_or(span, |(key, _)| (key.start, key.end));
            Finding::at(
                Code::Schema,
                at(span),
                msg!("schema-missing-field", field = *name),
            )
            .label(msg!("schema-missing-field-label"))
            .help(msg!("schema-missing-field-help", field = *name))
        }
        DeErrorKind::DuplicateField(name) => Finding::at(
            Code::Schema,
            at(span),
            msg!("schema-duplicate-field", field = *name),
        )
        .help(msg!("schema-duplicate-field-help")),
        DeErrorKind::InvalidType { found, expected } => {
            let literal = text.get(span.0 as usize..span.1 as usize);
            if let (Found::Text(value), true) = (found, takes_text_form(expected)) {
                return text_where_value_expected(at(span), field, value, expected);
            }
            if *expected == Expected::NeedLink {
                let need = find(entity, span)
                    .and_then(Node::as_map)
                    .and_then(|entries| entries.iter().find(|(k, _)| k.as_str() == Some("need")))
                    .and_then(|(_, v)| v.as_str())
                    .unwrap_or("B1");
                return Finding::at(
                    Code::Schema,
                    at(span),
                    msg!("schema-need-link", need = need),
                )
                .label(msg!("schema-need-link-label"))
                .help(msg!("schema-need-link-help", need = need));
            }
            let found_words = found_msg(found, literal);
            let message = match (place, field) {
                (Place::Entry(section), None)
                    if span == (entity.start, entity.end) && *expected == Expected::Mapping =>
                {
                    return Finding::at(
                        Code::Schema,
                        at(span),
                        msg!(
                            "schema-entry-not-mapping",
                            section = section,
                            found = found_words
                        ),
                    )
                    .label(msg!(
                        "schema-wrong-type-label",
                        expected = expected_msg(expected)
                    ))
                    .help(msg!("schema-entry-not-mapping-help"));
                }
                (_, Some(field)) if *found == Found::Nothing => msg!(
                    "schema-no-value",
                    field = field,
                    expected = expected_msg(expected)
                ),
                (_, Some(field)) => msg!(
                    "schema-wrong-type",
                    field = field,
                    expected = expected_msg(expected),
                    found = found_words
                ),
                (_, None) => msg!(
                    "schema-wrong-type-here",
                    expected = expected_msg(expected),
                    found = found_words
                ),
            };
            Finding::at(Code::Schema, at(span), message)
                .label(msg!(
                    "schema-wrong-type-label",
                    expected = expected_msg(expected)
                ))
                .help(help_for(expected, found, literal))
        }
        DeErrorKind::EmptyList => Finding::at(
            Code::Schema,
            at(span),
            match field {
                Some(field) => msg!("schema-empty-list", field = field),
                None => msg!("schema-empty-list-here"),
            },
        )
        .label(msg!("schema-empty-list-label"))
        .help(msg!("schema-empty-list-help")),
        DeErrorKind::Other(detail) => Finding::at(
            Code::Schema,
            at(span),
            msg!("schema-unreadable", detail = detail.as_str()),
        )
        .label(msg!("schema-unreadable-label"))
        .help(msg!("schema-unreadable-help")),
    }
}

/// Whether a field of this kind is written as text that must read as something (a date), or is
/// often written as text by mistake (`12 stk` for a number).
fn takes_text_form(expected: &Expected) -> bool {
    matches!(
        expected,
        Expected::WholeNumber
            | Expected::Number
            | Expected::Date
            | Expected::Deadline
            | Expected::Year
            | Expected::Bool
    )
}

/// Text where a number, a date, a year or `true`/`false` belongs (`12 stk`, `48,2`, `1.8.2025`,
/// `ja`): the one place that turns such text into a finding, so that reading the habits behind
/// it (a decimal comma, a Norwegian date) has one place to hook in.
fn text_where_value_expected(
    span: Span,
    field: Option<&str>,
    text: &str,
    expected: &Expected,
) -> Finding {
    let found = found_msg(&Found::Text(text.to_owned()), None);
    let message = match field {
        Some(field) => msg!(
            "schema-wrong-type",
            field = field,
            expected = expected_msg(expected),
            found = found
        ),
        None => msg!(
            "schema-wrong-type-here",
            expected = expected_msg(expected),
            found = found
        ),
    };
    Finding::at(Code::Schema, span, message)
        .label(msg!(
            "schema-wrong-type-label",
            expected = expected_msg(expected)
        ))
        .help(msg!("schema-help", kind = type_tag(expected)))
}

/// `value` is not one of `allowed` (an enum of the model, a severity in `[checks]`).
fn unknown_value(span: Span, field: Option<&str>, value: &str, allowed: &[&str]) -> Finding {
    let message = match field {
        Some(field) => msg!("schema-unknown-value", value = value, field = field),
        None => msg!("schema-unknown-value-here", value = value),
    };
    Finding::at(Code::Schema, span, message)
        .label(msg!("schema-unknown-value-label"))
        .help(allowed_help(value, allowed))
}

/// "did you mean `develop`? Allowed values: …", or the allowed values alone.
pub fn allowed_help(value: &str, allowed: &[&str]) -> Msg {
    let values = names_or(allowed);
    match did_you_mean(value, allowed.iter().copied()).or_else(|| norwegian(value, allowed)) {
        Some(s) => msg!(
            "schema-unknown-value-did-you-mean",
            suggestion = s,
            values = values
        ),
        None => msg!("schema-unknown-value-help", values = values),
    }
}

/// Norwegian words for values that are written in English in the files, as people write them
/// by habit (`utvikle` for `develop`).
const NORWEGIAN: &[(&str, &str)] = &[
    ("skaffe", "acquire"),
    ("anskaffe", "acquire"),
    ("rekruttere", "acquire"),
    ("rekruttering", "acquire"),
    ("utvikle", "develop"),
    ("utvikling", "develop"),
    ("mobilisere", "mobilise"),
    ("mobilisering", "mobilise"),
    ("avvikle", "phase-out"),
    ("avvikling", "phase-out"),
    ("utkast", "draft"),
    ("høring", "consultation"),
    ("vedtatt", "adopted"),
    ("vedteken", "adopted"),
    ("planlagt", "planned"),
    ("pågår", "ongoing"),
    ("pågående", "ongoing"),
    ("fullført", "completed"),
    ("ferdig", "completed"),
    ("utsatt", "postponed"),
    ("avlyst", "cancelled"),
    ("budsjettert", "budgeted"),
    ("søkt", "applied"),
    ("innvilget", "granted"),
    ("innvilga", "granted"),
    ("avslått", "rejected"),
    ("høy", "high"),
    ("høg", "high"),
    ("middels", "medium"),
    ("lav", "low"),
    ("låg", "low"),
    ("personer", "persons"),
    ("årsverk", "fte"),
    ("prosent", "percent"),
    ("øke", "increase"),
    ("auke", "increase"),
    ("redusere", "decrease"),
    ("feil", "error"),
    ("advarsel", "warning"),
    ("åtvaring", "warning"),
    ("råd", "note"),
    ("av", "off"),
];

/// The English value a Norwegian word stands for, when it is one of `allowed`.
fn norwegian<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.trim().to_lowercase();
    let (_, english) = NORWEGIAN.iter().find(|(no, _)| *no == word)?;
    allowed.iter().copied().find(|a| a == english)
}

/// The help for a value of the wrong kind.
fn help_for(expected: &Expected, found: &Found, literal: Option<&str>) -> Msg {
    match (expected, found) {
        (Expected::Text, Found::Whole(_) | Found::Decimal(_) | Found::Bool(_)) => match literal {
            Some(value) => msg!("schema-help-quote", value = value),
            None => msg!("schema-help", kind = "text"),
        },
        (Expected::Text | Expected::NeedRef, Found::List) => {
            msg!("schema-help-single")
        }
        (Expected::OneOf(values), _) => msg!("schema-allowed", values = names_or(values)),
        (Expected::Other(_), _) => msg!("schema-unreadable-help"),
        _ => msg!("schema-help", kind = type_tag(expected)),
    }
}

/// The `$type` of `schema-type` and `schema-help` for what a field takes.
fn type_tag(expected: &Expected) -> &'static str {
    match expected {
        Expected::WholeNumber => "whole",
        Expected::Number => "number",
        Expected::Text => "text",
        Expected::Bool => "bool",
        Expected::List => "list",
        Expected::Mapping => "mapping",
        Expected::OneOf(_) => "value",
        Expected::Date => "date",
        Expected::Deadline => "deadline",
        Expected::Year => "year",
        Expected::NeedRef | Expected::NeedLink => "need-ref",
        Expected::Other(_) => "other",
    }
}

/// What a field takes, in words.
fn expected_msg(expected: &Expected) -> Msg {
    match expected {
        Expected::Other(description) => msg!("schema-value", value = description.as_str()),
        _ => msg!("schema-type", kind = type_tag(expected)),
    }
}

/// What was found, in words: a short value as written (`many`, `2.0`), else its kind.
fn found_msg(found: &Found, literal: Option<&str>) -> Msg {
    let echo = |value: &str| {
        if value.chars().count() <= ECHO_MAX && !value.contains('\n') && !value.is_empty() {
            Some(msg!("schema-value", value = value))
        } else {
            None
        }
    };
    let kind = |tag: &'static str| msg!("schema-type", kind = tag);
    match found {
        Found::Nothing => kind("nothing"),
        Found::Text(s) => echo(s).unwrap_or_else(|| kind("text")),
        Found::Whole(i) => echo(literal.unwrap_or(&i.to_string())).unwrap_or_else(|| kind("whole")),
        Found::Decimal(x) => {
            echo(literal.unwrap_or(&x.to_string())).unwrap_or_else(|| kind("decimal"))
        }
        Found::Bool(b) => echo(literal.unwrap_or(&b.to_string())).unwrap_or_else(|| kind("bool")),
        Found::List => kind("list"),
        Found::Mapping => kind("mapping"),
        Found::Other(s) => echo(s).unwrap_or_else(|| kind("other")),
    }
}

/// What a node is, in words, for a file or section of the wrong shape.
pub fn node_found(node: &Node, text: &str) -> Msg {
    let found = match &node.kind {
        NodeKind::Null => Found::Nothing,
        NodeKind::Bool(b) => Found::Bool(*b),
        NodeKind::Int(i) => Found::Whole(*i),
        NodeKind::Float(x) => Found::Decimal(*x),
        NodeKind::Str(s) => Found::Text(s.clone()),
        NodeKind::Seq(_) => Found::List,
        NodeKind::Map(_) => Found::Mapping,
    };
    found_msg(&found, text.get(node.start as usize..node.end as usize))
}

/// Names (fields, values, sections) as written, in backticks.
fn names<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<Msg> {
    names
        .into_iter()
        .map(|name| msg!("schema-name", name = name))
        .collect()
}

/// "`a`, `b` and `c`".
pub fn names_and(list: &[&str]) -> Arg {
    Arg::and(names(list.iter().copied()))
}

/// "`a`, `b` or `c`".
pub fn names_or(list: &[&str]) -> Arg {
    Arg::or(names(list.iter().copied()))
}

/// The section names, "`organisation`, `units`, … and `evaluation`".
pub fn sections() -> Arg {
    Arg::and(names(Section::ALL.iter().map(|s| s.name())))
}

/// The node at exactly `span` inside `node`, the deepest if several.
fn find(node: &Node, span: (u32, u32)) -> Option<&Node> {
    let inner = match &node.kind {
        NodeKind::Seq(items) => items.iter().find_map(|n| find(n, span)),
        NodeKind::Map(entries) => entries
            .iter()
            .find_map(|(k, v)| find(k, span).or_else(|| find(v, span))),
        _ => None,
    };
    inner.or(((node.start, node.end) == span).then_some(node))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_text;
    use crate::load::recover::from_node_all;
    use crate::model::{Manifest, Measure, Spanned};
    use crate::text::Language;

    /// The findings of an entity read as `T`: (message, label, help) in `lang`.
    fn words<T: for<'de> serde::Deserialize<'de>>(
        text: &str,
        is_toml: bool,
        place: Place<'_>,
        lang: Language,
    ) -> Vec<(String, String, String)> {
        let node = parse_text(text, is_toml).unwrap().unwrap();
        let errors = from_node_all::<T>(&node, FileId(1))
            .err()
            .unwrap_or_default();
        errors
            .iter()
            .map(|e| {
                let f = finding(FileId(1), text, &node, place, e);
                let label = f
                    .primary
                    .as_ref()
                    .and_then(|l| l.message.as_ref())
                    .map_or(String::new(), |m| m.text(lang));
                (f.message_in(lang), label, f.help_in(lang))
            })
            .collect()
    }

    const MEASURE: &str = "\
id: T1
title: Fagbrev på jobb
strategy: utvikle
needs:
  - { need: B1 }
responsible: Enhetsleder
start: 1.8.2025
end: 2027-06-30
status: ongoing
participants: 12 stk
";

    #[test]
    fn every_error_of_a_measure_is_told_in_plain_words() {
        let found =
            words::<Spanned<Measure>>(MEASURE, false, Place::Entry("measures"), Language::En);
        let messages: Vec<&str> = found.iter().map(|(m, _, _)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`utvikle` is not an allowed value of `strategy`",
                "`{ need: B1 }` needs `closes` or `strategy` beside `need`",
                "`start` should be a date such as 2025-08-01, not `1.8.2025`",
                "`participants` should be a whole number, not `12 stk`",
            ]
        );
        assert_eq!(
            found[0].2,
            "did you mean `develop`? Allowed values: `acquire`, `develop`, `mobilise` or `phase-out`",
            "a Norwegian word is read as the value it stands for"
        );
        assert_eq!(found[2].1, "should be a date such as 2025-08-01");
        assert_eq!(
            found[2].2, "write dates as year-month-day: did you mean `start: 2025-08-01`?",
            "a Norwegian date gets the line as it should be"
        );
        assert_eq!(
            found[3].2,
            "write a whole number without quotes, spaces or unit, e.g. `12`"
        );
    }

    #[test]
    fn the_words_follow_the_language() {
        let nb = words::<Spanned<Measure>>(MEASURE, false, Place::Entry("measures"), Language::Nb);
        assert_eq!(nb[0].0, "`utvikle` er ikke en tillatt verdi for `strategy`");
        assert_eq!(
            nb[2].0,
            "`start` skal være en dato som 2025-08-01, ikke `1.8.2025`"
        );
        let nn = words::<Spanned<Measure>>(MEASURE, false, Place::Entry("measures"), Language::Nn);
        assert_eq!(
            nn[3].0,
            "`participants` skal vere eit heiltal, ikkje `12 stk`"
        );
        assert_eq!(nn[0].1, "ikkje ein tillaten verdi");
    }

    #[test]
    fn unknown_and_missing_fields_name_the_fields() {
        let text = "id: T1\ntittel: Fagbrev\n";
        let found = words::<Spanned<Measure>>(text, false, Place::Entry("measures"), Language::En);
        assert_eq!(found[0].0, "unknown field `tittel`");
        assert!(
            found[0]
                .2
                .starts_with("did you mean `title`? The fields here are `id`, `title`, "),
            "{}",
            found[0].2
        );
        assert!(
            found[0].2.ends_with(", `costs` and `indicators`"),
            "{}",
            found[0].2
        );
        // `title` is taken as meant by `tittel`; the other required fields are missing.
        let missing: Vec<&str> = found[1..].iter().map(|(m, _, _)| m.as_str()).collect();
        assert_eq!(
            missing,
            [
                "`strategy` is missing here; it is required",
                "`needs` is missing here; it is required",
                "`responsible` is missing here; it is required",
                "`start` is missing here; it is required",
                "`end` is missing here; it is required",
                "`status` is missing here; it is required",
            ]
        );
    }

    #[test]
    fn kinds_of_value_are_plain_words_and_short_values_are_echoed() {
        let text = "\
[plan]
title = [\"Plan\"]
municipality = \"Testvik\"
municipality_number = 4699
scope = \"Helse\"
period = 2025
status = \"draft\"
";
        let found = words::<Manifest>(text, true, Place::Manifest, Language::En);
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|(m, _, h)| (m.as_str(), h.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                (
                    "`title` should be a text, not a list",
                    "write a single value, without `[ ]` or `- `"
                ),
                (
                    "`municipality_number` should be a text, not `4699`",
                    "put the value in quotes to make it a text: `\"4699\"`"
                ),
                (
                    "`period` should be a group of fields, not `2025`",
                    "write its fields on lines of their own below it, indented"
                ),
            ]
        );
    }

    #[test]
    fn an_entry_that_is_no_group_of_fields_says_so() {
        let found =
            words::<Spanned<Measure>>("T1\n", false, Place::Entry("measures"), Language::Nb);
        assert_eq!(
            found[0].0,
            "hver oppføring i `measures` skal være en gruppe felter, ikke `T1`"
        );
    }
}
