//! Translation catalogues, embedded at compile time and parsed once per run: one *book* per use
//! (the document, the `init` scaffold), one file per language in each, with identical keys (a
//! test keeps them so).
//!
//! Templates receive a whole book as `t` ([`Catalogue::tree`]). Rust code reads single entries
//! only through a [`Key`], so a key that is missing in any language fails a test instead of
//! falling back to an empty or English text at run time.

use std::sync::OnceLock;

use serde_json::Value;

use super::Language;

/// A set of catalogues, one per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Book {
    /// The rendered document and the diff report: `i18n/<lang>.toml`.
    Document,
    /// The files `kplan init` writes and its questions: `i18n/init/<lang>.toml`.
    Init,
}

impl Book {
    /// Every book.
    pub const ALL: [Book; 2] = [Book::Document, Book::Init];

    fn source(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Book::Document, Language::Nb) => include_str!("../../i18n/nb.toml"),
            (Book::Document, Language::Nn) => include_str!("../../i18n/nn.toml"),
            (Book::Document, Language::En) => include_str!("../../i18n/en.toml"),
            (Book::Init, Language::Nb) => include_str!("../../i18n/init/nb.toml"),
            (Book::Init, Language::Nn) => include_str!("../../i18n/init/nn.toml"),
            (Book::Init, Language::En) => include_str!("../../i18n/init/en.toml"),
        }
    }

    fn index(self) -> usize {
        match self {
            Book::Document => 0,
            Book::Init => 1,
        }
    }
}

/// One language's catalogue of one book: a tree of texts and lists of texts.
#[derive(Debug)]
pub struct Catalogue {
    tree: Value,
}

impl Catalogue {
    /// The whole tree, as templates receive it (`t`).
    pub fn tree(&self) -> &Value {
        &self.tree
    }

    fn get(&self, path: &str) -> Option<&Value> {
        path.split('.').try_fold(&self.tree, |v, k| v.get(k))
    }
}

/// The catalogue of `book` in `lang`, parsed on first use.
pub fn catalogue(book: Book, lang: Language) -> &'static Catalogue {
    static PARSED: [[OnceLock<Catalogue>; 3]; 2] = [
        [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new(), OnceLock::new()],
    ];
    let slot = &PARSED[book.index()][lang as usize];
    slot.get_or_init(|| Catalogue {
        tree: parse(book.source(lang)),
    })
}

/// An entry that Rust code reads from a catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Month names, January first (a list).
    Months,
    /// The label of the plan being rendered in appendix B ("this version").
    DiffThisVersion,
    /// The label of the working tree in `kplan diff`.
    DiffWorkingTree,
    /// The file stem `init` writes for a step (1–7).
    InitStepFile(u8),
    /// `init`'s question for the municipality.
    InitAskMunicipality,
    /// `init`'s default municipality.
    InitMunicipality,
    /// `init`'s question for the municipality number.
    InitAskNumber,
    /// `init`'s question for the scope.
    InitAskScope,
    /// `init`'s default scope.
    InitScope,
    /// `init`'s question for the plan period.
    InitAskPeriod,
    /// `init`'s question for the file format.
    InitAskFormat,
    /// What `init` prints when done; `{dir}` is the plan folder.
    InitNextSteps,
}

impl Key {
    /// Every key (each step file once).
    pub const ALL: [Key; 18] = [
        Key::Months,
        Key::DiffThisVersion,
        Key::DiffWorkingTree,
        Key::InitStepFile(1),
        Key::InitStepFile(2),
        Key::InitStepFile(3),
        Key::InitStepFile(4),
        Key::InitStepFile(5),
        Key::InitStepFile(6),
        Key::InitStepFile(7),
        Key::InitAskMunicipality,
        Key::InitMunicipality,
        Key::InitAskNumber,
        Key::InitAskScope,
        Key::InitScope,
        Key::InitAskPeriod,
        Key::InitAskFormat,
        Key::InitNextSteps,
    ];

    /// The book the key is in.
    pub fn book(self) -> Book {
        match self {
            Key::Months | Key::DiffThisVersion | Key::DiffWorkingTree => Book::Document,
            _ => Book::Init,
        }
    }

    /// The dotted path of the key in its book.
    pub fn path(self) -> String {
        match self {
            Key::Months => "months".into(),
            Key::DiffThisVersion => "diff.this_version".into(),
            Key::DiffWorkingTree => "diff.working_tree".into(),
            Key::InitStepFile(step) => format!("files.step{step}"),
            Key::InitAskMunicipality => "defaults.ask_municipality".into(),
            Key::InitMunicipality => "defaults.municipality".into(),
            Key::InitAskNumber => "defaults.ask_number".into(),
            Key::InitAskScope => "defaults.ask_scope".into(),
            Key::InitScope => "defaults.scope".into(),
            Key::InitAskPeriod => "defaults.ask_period".into(),
            Key::InitAskFormat => "defaults.ask_format".into(),
            Key::InitNextSteps => "defaults.next_steps".into(),
        }
    }

    fn value(self, lang: Language) -> &'static Value {
        catalogue(self.book(), lang)
            .get(&self.path())
            .unwrap_or_else(|| panic!("{} has no `{}`", lang.code(), self.path()))
    }

    /// The text of the key in `lang`. Every key exists in every language (a test checks), so a
    /// missing one is a bug, not a fallback.
    pub fn text(self, lang: Language) -> &'static str {
        self.value(lang)
            .as_str()
            .unwrap_or_else(|| panic!("{} `{}` is not a text", lang.code(), self.path()))
    }

    /// The list of texts of the key in `lang`.
    pub fn list(self, lang: Language) -> Vec<&'static str> {
        self.value(lang)
            .as_array()
            .unwrap_or_else(|| panic!("{} `{}` is not a list", lang.code(), self.path()))
            .iter()
            .map(|v| v.as_str().expect("a list of texts"))
            .collect()
    }
}

/// A catalogue's TOML text as a tree of strings.
pub fn parse(text: &str) -> Value {
    let table: toml::Table = toml::from_str(text).expect("built-in catalogue is valid TOML");
    serde_json::to_value(table).expect("catalogue converts to JSON")
}

/// Every key path of a catalogue with the kind of its value (`text` or `list`), sorted: two
/// catalogues of one book must give the same list.
pub fn key_paths(value: &Value) -> Vec<String> {
    fn walk(value: &Value, prefix: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    walk(v, &format!("{prefix}{k}."), out);
                }
            }
            // Lists (lines of a comment, month names) may differ in length between languages.
            Value::Array(_) => out.push(format!("{}: list", prefix.trim_end_matches('.'))),
            _ => out.push(format!("{}: text", prefix.trim_end_matches('.'))),
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_book_has_the_same_keys_in_every_language() {
        for book in Book::ALL {
            let reference = key_paths(catalogue(book, Language::Nb).tree());
            for lang in [Language::Nn, Language::En] {
                let other = key_paths(catalogue(book, lang).tree());
                let missing: Vec<_> = reference.iter().filter(|k| !other.contains(k)).collect();
                let extra: Vec<_> = other.iter().filter(|k| !reference.contains(k)).collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "{book:?} {}: missing {missing:?}, extra {extra:?}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_key_rust_reads_exists_in_every_language() {
        for lang in Language::ALL {
            for key in Key::ALL {
                match key {
                    Key::Months => assert_eq!(key.list(lang).len(), 12, "{key:?}"),
                    _ => assert!(!key.text(lang).is_empty(), "{key:?} in {}", lang.code()),
                }
            }
        }
    }
}
