//! Translation catalogues (`i18n/*.toml`), embedded at compile time; one per language, with
//! identical keys (a test keeps them so).

use crate::model::Language;

/// The catalogue of a language as a tree of strings, given to templates as `t`.
pub fn catalogue(lang: Language) -> serde_json::Value {
    let text = match lang {
        Language::Nb => include_str!("../../i18n/nb.toml"),
        Language::Nn => include_str!("../../i18n/nn.toml"),
        Language::En => include_str!("../../i18n/en.toml"),
    };
    parse(text)
}

/// A built-in catalogue's TOML text as a tree of strings.
pub fn parse(text: &str) -> serde_json::Value {
    let table: toml::Table = toml::from_str(text).expect("built-in catalogue is valid TOML");
    serde_json::to_value(table).expect("catalogue converts to JSON")
}

/// Every key path of a catalogue with the kind of its value (`text` or `list`), sorted: two
/// catalogues of one kind must give the same list.
pub fn key_paths(value: &serde_json::Value) -> Vec<String> {
    fn walk(value: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    walk(v, &format!("{prefix}{k}."), out);
                }
            }
            // Lists (lines of a comment, month names) may differ in length between languages.
            serde_json::Value::Array(_) => {
                out.push(format!("{}: list", prefix.trim_end_matches('.')))
            }
            _ => out.push(format!("{}: text", prefix.trim_end_matches('.'))),
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out.sort();
    out
}

/// Asserts that the catalogues of every language have the keys of the bokmål one.
#[cfg(test)]
pub fn assert_same_keys(catalogue: impl Fn(Language) -> serde_json::Value) {
    let reference = key_paths(&catalogue(Language::Nb));
    for lang in [Language::Nn, Language::En] {
        let other = key_paths(&catalogue(lang));
        let missing: Vec<_> = reference.iter().filter(|k| !other.contains(k)).collect();
        let extra: Vec<_> = other.iter().filter(|k| !reference.contains(k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            code(lang)
        );
    }
}

/// The language code as written in `kplan.toml` and HTML `lang` (`nb`, `nn`, `en`).
pub fn code(lang: Language) -> &'static str {
    match lang {
        Language::Nb => "nb",
        Language::Nn => "nn",
        Language::En => "en",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn catalogues_have_identical_keys() {
        super::assert_same_keys(super::catalogue);
    }
}
