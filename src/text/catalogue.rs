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
    /// The rendered document and the diff report: `i18n/document/<lang>.ftl` (Fluent).
    Document,
    /// The files `kplan init` writes and its questions: `i18n/init/<lang>.ftl` (Fluent).
    Init,
}

impl Book {
    /// Every book.
    pub const ALL: [Book; 2] = [Book::Document, Book::Init];

    fn source(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Book::Document, Language::Nb) => include_str!("../../i18n/document/nb.ftl"),
            (Book::Document, Language::Nn) => include_str!("../../i18n/document/nn.ftl"),
            (Book::Document, Language::En) => include_str!("../../i18n/document/en.ftl"),
            (Book::Init, Language::Nb) => include_str!("../../i18n/init/nb.ftl"),
            (Book::Init, Language::Nn) => include_str!("../../i18n/init/nn.ftl"),
            (Book::Init, Language::En) => include_str!("../../i18n/init/en.ftl"),
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
        tree: super::fluent::tree(lang, book.source(lang)),
    })
}

/// The document book of `lang` as Fluent messages, for the texts Rust formats with numbers
/// ([`Key::format`]); parsed on first use.
fn document_messages(lang: Language) -> &'static super::fluent::Messages {
    static PARSED: [OnceLock<super::fluent::Messages>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    PARSED[lang as usize]
        .get_or_init(|| super::fluent::Messages::new(lang, [Book::Document.source(lang)]))
}

/// The measure statuses, as the catalogue names them under `enum.measure_status`.
pub const MEASURE_STATUSES: [&str; 5] =
    ["planned", "ongoing", "completed", "postponed", "cancelled"];

macro_rules! keys {
    ($($variant:ident => $book:ident $path:literal, $doc:literal;)*) => {
        /// An entry that Rust code reads from a catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $(
                #[doc = $doc]
                $variant,
            )*
            /// The file stem `init` writes for a step (1–7).
            InitStepFile(u8),
            /// The name of a measure status (one of [`MEASURE_STATUSES`]).
            MeasureStatus(&'static str),
        }

        impl Key {
            /// Every key: each plain key, each step file and each measure status. Generated from
            /// the same list as the enum, so a key cannot be left out of the test that checks
            /// every key in every language.
            pub fn all() -> Vec<Key> {
                let mut all = vec![$(Key::$variant),*];
                all.extend((1..=7).map(Key::InitStepFile));
                all.extend(MEASURE_STATUSES.map(Key::MeasureStatus));
                all
            }

            /// The book the key is in.
            pub fn book(self) -> Book {
                match self {
                    $(Key::$variant => Book::$book,)*
                    Key::InitStepFile(_) => Book::Init,
                    Key::MeasureStatus(_) => Book::Document,
                }
            }

            /// The dotted path of the key in its book.
            pub fn path(self) -> String {
                match self {
                    $(Key::$variant => $path.into(),)*
                    Key::InitStepFile(step) => format!("files.step{step}"),
                    Key::MeasureStatus(status) => format!("enum.measure_status.{status}"),
                }
            }
        }
    };
}

keys! {
    Months => Document "months", "Month names, January first (a list).";
    DiffThisVersion => Document "diff.this_version",
        "The label of the plan being rendered in appendix B (\"this version\").";
    DiffWorkingTree => Document "diff.working_tree", "The label of the working tree in `kplan diff`.";
    Under => Document "doc.under", "A withheld figure, `{n}` the threshold (\"under 5\").";
    AgeChartTitle => Document "charts.age_title", "The age chart's title, `{unit}` the unit.";
    DeparturesChartTitle => Document "charts.departures_title",
        "The departures chart's title, `{unit}` the unit.";
    GapChartTitle => Document "charts.gaps_title",
        "A gap chart's title, `{unit}` the unit of its gaps (`charts.gap_unit.*`).";
    GapAxisLabel => Document "charts.gaps_axis",
        "A gap chart's value axis label, `{unit}` the unit of its gaps.";
    GapUnitPersons => Document "charts.gap_unit.persons", "The unit of gaps in persons.";
    GapUnitFte => Document "charts.gap_unit.fte", "The unit of gaps in årsverk (FTE).";
    GapUnitPercent => Document "charts.gap_unit.percent",
        "The unit of gaps of percent needs (percentage points).";
    BudgetChartTitle => Document "charts.budget_title", "The budget chart's title.";
    TimelineTitle => Document "charts.timeline_title", "The timeline's title.";
    TimelineDescription => Document "charts.timeline_description", "The timeline's description.";
    PlanInterval => Document "step7.plan_interval",
        "How often the whole plan is revised, `$n` the years (a Fluent select: `hvert fjerde år`).";
    ActionInterval => Document "step7.action_interval",
        "How often the action part is rolled, `$n` the years (a Fluent select: `hvert andre år`).";
    InitAskMunicipality => Init "defaults.ask_municipality", "`init`'s question for the municipality.";
    InitMunicipality => Init "defaults.municipality", "`init`'s default municipality.";
    InitAskNumber => Init "defaults.ask_number", "`init`'s question for the municipality number.";
    InitAskScope => Init "defaults.ask_scope", "`init`'s question for the scope.";
    InitScope => Init "defaults.scope", "`init`'s default scope.";
    InitAskPeriod => Init "defaults.ask_period", "`init`'s question for the plan period.";
    InitAskFormat => Init "defaults.ask_format", "`init`'s question for the file format.";
    InitNextSteps => Init "defaults.next_steps", "What `init` prints when done; `{dir}` is the plan folder.";
}

impl Key {
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

    /// The text of the key in `lang` with numeric arguments, formatted by Fluent itself, so that
    /// a selector chooses by the number: `step7.plan_interval` with `n = 4` is "Hele planen
    /// revideres hvert fjerde år." where [`Key::text`] (and the tree templates receive) has only
    /// the default variant with a `{n}` placeholder. For plain messages of the document book.
    pub fn format(self, lang: Language, args: &[(&str, f64)]) -> String {
        let path = self.path();
        let id = path.replacen('.', "-", 1);
        let mut fluent_args = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        document_messages(lang)
            .format(&id, &fluent_args)
            .unwrap_or_else(|| panic!("{} has no message `{id}`", lang.code()))
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
            for key in Key::all() {
                match key {
                    Key::Months => assert_eq!(key.list(lang).len(), 12, "{key:?}"),
                    _ => assert!(!key.text(lang).is_empty(), "{key:?} in {}", lang.code()),
                }
            }
        }
    }

    #[test]
    fn the_documents_texts_have_the_same_placeholders_in_every_language() {
        let vars = |lang| super::super::fluent::message_variables(Book::Document.source(lang));
        let nb = vars(Language::Nb);
        for lang in [Language::Nn, Language::En] {
            assert_eq!(
                vars(lang),
                nb,
                "placeholders of the document book in {}",
                lang.code()
            );
        }
    }

    /// A text of the document book that no template and no Rust code reads is dead weight a
    /// translator keeps up for nothing. A key is read when a template names it (`t.doc.toc`), a
    /// template indexes its table (`t.enum.strategy[…]`), or Rust reads it through a [`Key`] or
    /// by its table (`["sections"]`, `["remarks"]["rules"]`, `"enum.cost_status"`).
    #[test]
    fn every_text_of_the_document_is_read() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = String::new();
        for dir in ["templates", "src"] {
            for entry in walkdir::WalkDir::new(root.join(dir)) {
                let entry = entry.unwrap();
                if entry.file_type().is_file() {
                    used.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
                }
            }
        }
        let keys: Vec<String> = Key::all()
            .into_iter()
            .filter(|k| k.book() == Book::Document)
            .map(Key::path)
            .collect();
        let unread: Vec<String> = key_paths(catalogue(Book::Document, Language::Nb).tree())
            .into_iter()
            .map(|k| k.split(':').next().unwrap_or_default().to_owned())
            .filter(|path| {
                let parent = path.rsplit_once('.').map_or("", |(p, _)| p);
                let last = path.rsplit('.').next().unwrap_or_default();
                // Rust may index a table of tables step by step (`["remarks"]["rules"]`), or
                // name a table by its dotted path (`"enum.cost_status"`).
                let nested: String = parent.split('.').map(|p| format!("[\"{p}\"]")).collect();
                !(used.contains(&format!("t.{path}"))
                    || used.contains(&format!("t.{parent}["))
                    || used.contains(&format!("[\"{parent}\"]"))
                    || (parent.contains('.')
                        && (used.contains(&nested) || used.contains(&format!("\"{parent}\""))))
                    || (!parent.is_empty()
                        && used.contains(&format!("[\"{}\"][\"{last}\"]", parent)))
                    || keys.contains(path)
                    || keys.iter().any(|k| k.starts_with(&format!("{parent}.")))
                        && parent.starts_with("enum"))
            })
            .collect();
        assert!(
            unread.is_empty(),
            "texts no template or code reads: {unread:?}"
        );
    }

    /// The scaffold's texts are read through short names (`{% set st = t.step5 %}`,
    /// `st.help.need_rationale`), so a text counts as read when its own key appears in a template
    /// or the code as `.key` or `"key"` — a looser check than the document's, which still finds a
    /// text whose key nothing names.
    #[test]
    fn every_text_of_the_scaffold_is_named() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = String::new();
        for dir in ["templates/init", "src"] {
            for entry in walkdir::WalkDir::new(root.join(dir)) {
                let entry = entry.unwrap();
                if entry.file_type().is_file() {
                    used.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
                }
            }
        }
        let unread: Vec<String> = key_paths(catalogue(Book::Init, Language::Nb).tree())
            .into_iter()
            .map(|k| k.split(':').next().unwrap_or_default().to_owned())
            .filter(|path| {
                let key = path.rsplit('.').next().unwrap_or_default();
                !(used.contains(&format!(".{key}"))
                    || used.contains(&format!("\"{key}\""))
                    || used.contains(&format!("[{key}]")))
            })
            .collect();
        assert!(
            unread.is_empty(),
            "scaffold texts nothing names: {unread:?}"
        );
    }
}
