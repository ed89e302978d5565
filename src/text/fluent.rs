//! Fluent catalogues: messages with variables, plurals and selectors in bokmål, nynorsk and
//! English (the system rustc's own diagnostics are translated with).
//!
//! A [`Messages`] is one language's bundle, built from the `.ftl` sources its owner embeds. Numbers
//! are written the language's way (`48,2` in Norwegian, `48.2` in English; thousands grouped from
//! five digits, so a year stays `2027`), and no Unicode isolation marks are put around variables
//! (the output is a terminal, a log or a JSON file, not bidirectional text).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::Language;

/// One language's messages.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Messages")
    }
}

impl Messages {
    /// The bundle of `lang` from `sources`. A source that is not valid Fluent, or an id defined
    /// twice, is a bug in the embedded catalogues: it panics (a test builds every bundle).
    pub fn new<'a>(lang: Language, sources: impl IntoIterator<Item = &'a str>) -> Self {
        let locale = lang.code().parse().expect("a valid language identifier");
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Language::Nb | Language::Nn => format_norwegian,
            Language::En => format_english,
        }));
        for source in sources {
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("invalid Fluent in a catalogue: {errors:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("conflicting Fluent ids: {errors:?}"));
        }
        Messages { bundle }
    }

    /// The attribute `attr` of message `id` with `args`.
    fn format_attribute(&self, id: &str, attr: &str, args: &FluentArgs<'_>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.get_attribute(attr)?.value();
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        debug_assert!(errors.is_empty(), "message `{id}.{attr}`: {errors:?}");
        Some(text.into_owned())
    }

    /// Whether the bundle has a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with `args`, or `None` when the bundle has no such message.
    pub fn format(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        debug_assert!(errors.is_empty(), "message `{id}`: {errors:?}");
        Some(text.into_owned())
    }
}

fn format_norwegian(value: &FluentValue<'_>, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number(n.value, '\u{a0}', ',')),
        _ => None,
    }
}

fn format_english(value: &FluentValue<'_>, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number(n.value, ',', '.')),
        _ => None,
    }
}

/// A Fluent source read as a tree of texts and lists, the shape templates receive a book in
/// (`t.doc.toc`, `t.enum.strategy[s]`, `t.months`):
///
/// - `doc-toc = Innhold` is `doc.toc` (the id splits at its first `-`; a group never has one);
/// - a message of attributes only (`enum-strategy =` / `    .acquire = Anskaffe`) is a table
///   (`enum.strategy.acquire`);
/// - a value in block form, one item per line (`months =` / `    januar` / …), is a list;
/// - a variable stays a placeholder for the template to fill: `{ $n }` is written `{n}`.
pub fn tree(lang: Language, source: &str) -> serde_json::Value {
    use serde_json::{Map, Value};
    let messages = Messages::new(lang, [source]);
    let variables: std::collections::HashMap<String, Vec<String>> =
        message_variables(source).into_iter().collect();
    let mut root = Map::new();
    for entry in shape(source) {
        let mut args = FluentArgs::new();
        for var in variables.get(&entry.id).into_iter().flatten() {
            args.set(var.clone(), format!("{{{var}}}"));
        }
        let value = if entry.attributes.is_empty() {
            let text = messages.format(&entry.id, &args).unwrap_or_default();
            text_or_list(text, entry.list)
        } else {
            let table = entry.attributes.iter().map(|(attr, list)| {
                let text = messages
                    .format_attribute(&entry.id, attr, &args)
                    .unwrap_or_default();
                (attr.clone(), text_or_list(text, *list))
            });
            Value::Object(table.collect())
        };
        match entry.id.split_once('-') {
            Some((group, key)) => {
                let group = root
                    .entry(group.to_owned())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(group) = group {
                    group.insert(key.to_owned(), value);
                }
            }
            None => {
                root.insert(entry.id.clone(), value);
            }
        }
    }
    Value::Object(root)
}

fn text_or_list(text: String, list: bool) -> serde_json::Value {
    if list {
        text.split('\n')
            .map(|l| serde_json::Value::from(l.to_owned()))
            .collect()
    } else {
        serde_json::Value::from(text)
    }
}

/// A message of a source as [`tree`] reads it.
struct Entry {
    id: String,
    /// Its value is in block form: a list of lines.
    list: bool,
    /// Its attributes, each with whether it is a list.
    attributes: Vec<(String, bool)>,
}

fn shape(source: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some((id, rest)) = line.split_once('=') {
                out.push(Entry {
                    id: id.trim().to_owned(),
                    list: rest.trim().is_empty(),
                    attributes: Vec::new(),
                });
            }
        } else if let Some(attr) = line.trim_start().strip_prefix('.')
            && line.starts_with(' ')
            && let Some((name, rest)) = attr.split_once('=')
            && let Some(entry) = out.last_mut()
        {
            entry
                .attributes
                .push((name.trim().to_owned(), rest.trim().is_empty()));
            entry.list = false;
        }
    }
    out
}

/// `x` with at most two decimals (trailing zeros dropped) and thousands grouped from five
/// digits on: `2027`, `12 500`, `48,2`.
pub fn number(x: f64, group: char, decimal: char) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let rounded = (x * 100.0).round() / 100.0;
    let abs = rounded.abs();
    let int = abs.trunc() as u64;
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = int.to_string();
    let mut out = String::new();
    if rounded < 0.0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if digits.len() > 4 && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(d);
    }
    if cents > 0 {
        out.push(decimal);
        out.push_str(format!("{cents:02}").trim_end_matches('0'));
    }
    out
}

/// The message ids a Fluent source defines, in order, each with the variables its value and
/// attributes use (`$name`), for the tests that keep the languages in step.
pub fn message_variables(source: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in source.lines() {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        if starts_entry && let Some((id, _)) = line.split_once('=') {
            out.push((id.trim().to_owned(), Vec::new()));
        }
        if line.starts_with('#') {
            continue;
        }
        let Some((_, vars)) = out.last_mut() else {
            continue;
        };
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() && !vars.contains(&name) {
                vars.push(name.clone());
            }
            rest = &rest[at + 1 + name.len()..];
        }
    }
    for (_, vars) in &mut out {
        vars.sort();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_per_language() {
        assert_eq!(number(2027.0, '\u{a0}', ','), "2027");
        assert_eq!(number(48.2, '\u{a0}', ','), "48,2");
        assert_eq!(number(200_000.0, '\u{a0}', ','), "200\u{a0}000");
        assert_eq!(number(-1.5, ',', '.'), "-1.5");
    }

    #[test]
    fn plurals_and_numbers_in_norwegian() {
        let m = Messages::new(
            Language::Nb,
            ["n = { $n ->\n    [one] { $n } feil\n   *[other] { $n } feil totalt\n}\n"],
        );
        let mut args = FluentArgs::new();
        args.set("n", 1);
        assert_eq!(m.format("n", &args).unwrap(), "1 feil");
        let mut args = FluentArgs::new();
        args.set("n", 12.5);
        assert_eq!(m.format("n", &args).unwrap(), "12,5 feil totalt");
        assert!(m.format("missing", &args).is_none());
    }

    #[test]
    fn variables_are_listed() {
        let vars = message_variables("a = { $x } og { $y }\n    .label = { $z }\nb = tekst\n");
        assert_eq!(
            vars[0],
            ("a".into(), vec!["x".into(), "y".into(), "z".into()])
        );
        assert_eq!(vars[1], ("b".into(), vec![]));
    }
}
