//! The schemas' descriptions: one TOML catalogue per language, `i18n/schema/<lang>.toml`, a table
//! per type with a text per field (`[Measure] strategy = …`), and the table `[file]` for the two
//! files themselves (`Manifest`, `PlanFile`). In code a text's key is `Type-field` (or the bare
//! file name). TOML rather than Fluent: the texts have no variables, and their examples are full
//! of `{ … }`, which Fluent reads as placeables.
//!
//! An enum value's description is the name the document gives it (`enum-strategy` in
//! `i18n/document/<lang>.ftl`), so the editor and the document use the same words.

use std::sync::OnceLock;

use serde_json::Value;

use super::Root;
use crate::text::{Book, Language, catalogue};

/// The table of the files' own descriptions.
const FILE_TABLE: &str = "file";

fn source(lang: Language) -> &'static str {
    match lang {
        Language::Nb => include_str!("../../../i18n/schema/nb.toml"),
        Language::Nn => include_str!("../../../i18n/schema/nn.toml"),
        Language::En => include_str!("../../../i18n/schema/en.toml"),
    }
}

/// The catalogue of `lang`, parsed on first use. An embedded catalogue that is not valid TOML is
/// a bug: it panics (a test reads every language).
fn texts(lang: Language) -> &'static toml::Table {
    static PARSED: [OnceLock<toml::Table>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    PARSED[lang as usize].get_or_init(|| {
        source(lang)
            .parse()
            .unwrap_or_else(|e| panic!("i18n/schema/{}.toml: {e}", lang.code()))
    })
}

/// The (table, key) of a text's key: `Measure-strategy` is `[Measure] strategy`, `Manifest` is
/// `[file] Manifest`.
fn place(key: &str) -> (&str, &str) {
    key.split_once('-').unwrap_or((FILE_TABLE, key))
}

/// The description `key` in `lang`, its lines joined into one paragraph. Every key the schemas
/// need exists in every language (a test checks), so a missing one is a bug, not a fallback.
pub(super) fn text(lang: Language, key: &str) -> String {
    let (table, field) = place(key);
    let text = texts(lang)
        .get(table)
        .and_then(|t| t.get(field))
        .and_then(toml::Value::as_str)
        .unwrap_or_else(|| {
            panic!(
                "i18n/schema/{}.toml has no `[{table}] {field}`",
                lang.code()
            )
        });
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document's name for the value `value` of the enum type `ty` (`Strategy`, `develop`).
pub(super) fn enum_label(lang: Language, ty: &str, value: &str) -> String {
    let group = snake_case(ty);
    catalogue(Book::Document, lang).tree()["enum"][&group][value]
        .as_str()
        .unwrap_or_else(|| {
            panic!(
                "i18n/document/{}.ftl has no `enum-{group}.{value}`",
                lang.code()
            )
        })
        .to_owned()
}

/// `AreaCategory` → `area_category`.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The keys of the texts the catalogue of `lang` defines (`Measure-strategy`, `Manifest`), in file
/// order; a value that is not a text is given as `[table] key (not a text)`, so that the test
/// that compares them with what the schemas need reports it.
pub fn text_ids(lang: Language) -> Vec<String> {
    let mut out = Vec::new();
    for (table, fields) in texts(lang) {
        let Some(fields) = fields.as_table() else {
            out.push(format!("{table} (not a table)"));
            continue;
        };
        for (field, text) in fields {
            let key = if table == FILE_TABLE {
                field.clone()
            } else {
                format!("{table}-{field}")
            };
            out.push(if text.is_str() {
                key
            } else {
                format!("[{table}] {field} (not a text)")
            });
        }
    }
    out
}

/// Every catalogue key the schema of `root` needs: the root, each of its fields, and each field of
/// each type it defines; and, as (type, value), every enum value whose description comes from the
/// document's names.
pub fn description_keys(root: Root) -> (Vec<String>, Vec<(String, String)>) {
    let schema = root.derived();
    let mut keys = vec![root.key().to_owned()];
    let fields = |owner: &str, props: &Value, keys: &mut Vec<String>| {
        for field in props.as_object().into_iter().flat_map(|p| p.keys()) {
            keys.push(format!("{owner}-{field}"));
        }
    };
    fields(root.key(), &schema["properties"], &mut keys);
    let mut values = Vec::new();
    for (name, def) in schema["definitions"].as_object().into_iter().flatten() {
        fields(name, &def["properties"], &mut keys);
        for variant in def["oneOf"].as_array().into_iter().flatten() {
            fields(name, &variant["properties"], &mut keys);
            if let Some(value) = variant["const"].as_str() {
                values.push((name.clone(), value.to_owned()));
            }
        }
    }
    (keys, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_description_is_in_every_language_and_none_is_left_over() {
        let mut needed: Vec<String> = Root::ALL
            .into_iter()
            .flat_map(|root| description_keys(root).0)
            .collect();
        needed.sort();
        needed.dedup();
        for lang in Language::ALL {
            // (TOML itself refuses a key defined twice.)
            let mut defined = text_ids(lang);
            defined.sort();
            let missing: Vec<_> = needed.iter().filter(|k| !defined.contains(k)).collect();
            let extra: Vec<_> = defined.iter().filter(|k| !needed.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "i18n/schema/{}.toml: missing {missing:?}, left over {extra:?}",
                lang.code()
            );
            for key in &needed {
                let text = text(lang, key);
                assert!(
                    text.split_whitespace().count() >= 4,
                    "{} `{key}` is too short to say what the field means: {text:?}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_enum_value_has_the_documents_name_in_every_language() {
        for root in Root::ALL {
            for (ty, value) in description_keys(root).1 {
                for lang in Language::ALL {
                    assert!(!enum_label(lang, &ty, &value).is_empty(), "{ty} {value}");
                }
            }
        }
    }
}
