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
    let table: toml::Table = toml::from_str(text).expect("built-in catalogue is valid TOML");
    serde_json::to_value(table).expect("catalogue converts to JSON")
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
    use super::*;

    fn keys(value: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    keys(v, &format!("{prefix}{k}."), out);
                }
            }
            serde_json::Value::Array(items) => out.push(format!("{prefix}[{}]", items.len())),
            _ => out.push(prefix.trim_end_matches('.').to_owned()),
        }
    }

    #[test]
    fn catalogues_have_identical_keys() {
        let mut reference = Vec::new();
        keys(&catalogue(Language::Nb), "", &mut reference);
        reference.sort();
        for lang in [Language::Nn, Language::En] {
            let mut other = Vec::new();
            keys(&catalogue(lang), "", &mut other);
            other.sort();
            let missing: Vec<_> = reference.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !reference.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                code(lang)
            );
        }
    }
}
