//! The message catalogues are complete and used: every language has every message with the same
//! variables, every id the code builds exists, and every id a catalogue defines is built somewhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diag::Code;
use crate::text::Language;
use crate::text::fluent::message_variables;

type Ids = BTreeMap<String, Vec<String>>;

fn ids(source: &str) -> Ids {
    message_variables(source).into_iter().collect()
}

/// The shared catalogue and each code's, by a name for messages.
fn catalogues(lang: Language) -> Vec<(String, &'static str)> {
    let mut all = vec![("i18n/messages".to_owned(), super::sources(lang)[0])];
    for code in Code::ALL {
        all.push((code.name().to_owned(), code.messages_in(lang)));
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = catalogues(Language::En);
    for lang in [Language::Nb, Language::Nn] {
        for ((name, en_source), (_, source)) in en.iter().zip(catalogues(lang)) {
            let (expected, got) = (ids(en_source), ids(source));
            let missing: Vec<_> = expected.keys().filter(|k| !got.contains_key(*k)).collect();
            let extra: Vec<_> = got.keys().filter(|k| !expected.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{name} in {}: missing {missing:?}, not in English {extra:?}",
                lang.code()
            );
            for (id, vars) in &expected {
                assert_eq!(
                    &got[id],
                    vars,
                    "{name} in {}: the variables of `{id}`",
                    lang.code()
                );
            }
            assert!(
                !source.contains("TODO(translate)"),
                "{name} in {} is not translated yet",
                lang.code()
            );
        }
    }
}

#[test]
fn a_codes_messages_start_with_its_name() {
    for code in Code::ALL {
        let source = code.messages_in(Language::En);
        let ids = ids(source);
        assert!(
            ids.contains_key(&format!("{}-summary", code.name())),
            "{code}: no `{code}-summary`"
        );
        for id in ids.keys() {
            assert!(
                id.starts_with(&format!("{}-", code.name())) || id == code.name(),
                "{code}: the id `{id}` does not start with `{code}-`"
            );
        }
    }
}

/// Every Rust source file of the crate, with its text.
fn rust_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&root)
        .into_iter()
        .map(|e| e.expect("src is readable"))
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).expect("a source file is UTF-8");
            (e.path().display().to_string(), text)
        })
        .collect()
}

/// The ids in `msg!("…"` and `Msg::new("…"` of a source text, outside comments.
fn built_ids(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut out = Vec::new();
    for opener in ["msg!(\"", "Msg::new(\""] {
        let mut rest = code.as_str();
        while let Some(at) = rest.find(opener) {
            rest = &rest[at + opener.len()..];
            let id: String = rest.chars().take_while(|c| *c != '"').collect();
            out.push(id);
        }
    }
    out
}

#[test]
fn every_built_message_exists_and_every_message_is_built() {
    let en = super::messages(Language::En);
    let sources = rust_sources();
    let mut built = BTreeSet::new();
    for (path, text) in &sources {
        if path.ends_with("catalogue_tests.rs") {
            continue;
        }
        for id in built_ids(text) {
            assert!(
                en.has(&id),
                "{path} builds the message `{id}`, which no catalogue has"
            );
            built.insert(id);
        }
    }
    let all_text: String = sources.iter().map(|(_, t)| t.as_str()).collect();
    for (name, source) in catalogues(Language::En) {
        for id in ids(source).keys() {
            let summary = id
                .strip_suffix("-summary")
                .is_some_and(|c| Code::from_name(c).is_some());
            assert!(
                summary || built.contains(id) || all_text.contains(&format!("\"{id}\"")),
                "{name}: the message `{id}` is built nowhere"
            );
        }
    }
}
