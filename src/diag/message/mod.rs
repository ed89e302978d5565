//! The words of a finding: a [`Msg`] names a Fluent message and its arguments, and is put into
//! words only when the finding is reported, in the language the run settled on (`--lang`,
//! `KPLAN_LANG`, the plan's `language`, else bokmål). A finding can so be built before the
//! plan's language is known (while `kplan.toml` itself is read).
//!
//! The messages are in `.ftl` files: the words every code shares in `i18n/messages/<lang>.ftl`,
//! and each code's own beside its documentation (`src/validate/rules/<rule>/<lang>.ftl`,
//! `src/load/codes/<code>/<lang>.ftl`), with ids that start with the code's name. Tests keep the
//! three languages in step, and fail on an id the code uses that a catalogue lacks or on an id
//! no code uses.

use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::text::Language;
use crate::text::fluent::Messages;

/// A message of a finding, a label or a help line: a Fluent id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a message. Money, dates and numbers are put into words by the language too.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// A text as it is: an id, a field name, a value from the plan.
    Str(String),
    /// A number: written `48,2` or `48.2`, and the selector of plural forms.
    Num(Num),
    /// Whole kroner: `150 000 kroner` / `NOK 150,000`.
    Money(i64),
    /// A date: `1. august 2025` / `1 August 2025`.
    Date(jiff::civil::Date),
    /// Another message, put into words first (an entity's kind, "a goal or a need").
    Msg(Box<Msg>),
    /// Messages joined as a list with "or" (`eller`).
    Or(Vec<Msg>),
    /// Messages joined as a list with "and" (`og`).
    And(Vec<Msg>),
}

/// A number that can be compared and hashed (by its bits), so findings can be sorted and
/// de-duplicated.
#[derive(Debug, Clone, Copy)]
pub struct Num(pub f64);

impl PartialEq for Num {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}
impl Eq for Num {}
impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Num {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}
impl std::hash::Hash for Num {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

/// Builds a [`Msg`]: `msg!("unknown-reference", id = id, field = "goals")`. The id must exist in
/// every language's catalogue (a test reads every `msg!` in the source).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diag::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

impl Msg {
    /// The message `id` without arguments; add them with [`Msg::arg`] (or use [`msg!`]).
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The Fluent id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, by name, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The messages among the arguments, each list's items included, in order: the entities a
    /// finding names are among them (`entity`, "tiltak T1").
    pub fn nested(&self) -> Vec<&Msg> {
        self.args
            .iter()
            .flat_map(|(_, arg)| match arg {
                Arg::Msg(m) => vec![m.as_ref()],
                Arg::Or(items) | Arg::And(items) => items.iter().collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    /// The message in words in `lang`. An id that the language lacks falls back to English,
    /// then to the id itself (the catalogue tests make both a bug).
    pub fn text(&self, lang: Language) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.value(lang));
        }
        messages(lang)
            .format(self.id, &args)
            .or_else(|| messages(Language::En).format(self.id, &args))
            .unwrap_or_else(|| self.id.to_owned())
    }
}

impl Arg {
    /// A list joined with "or".
    pub fn or(items: impl IntoIterator<Item = Msg>) -> Self {
        Arg::Or(items.into_iter().collect())
    }

    /// A list joined with "and".
    pub fn and(items: impl IntoIterator<Item = Msg>) -> Self {
        Arg::And(items.into_iter().collect())
    }

    fn value(&self, lang: Language) -> FluentValue<'static> {
        let formatter = || crate::text::Formatter::new(lang);
        match self {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(n.0),
            Arg::Money(amount) => FluentValue::from(match lang {
                Language::En => format!("NOK\u{a0}{}", group_all(*amount, ',')),
                _ => format!("{}\u{a0}kroner", group_all(*amount, '\u{a0}')),
            }),
            // A date never splits when a message wraps: "20. august 2025" stays on one line.
            Arg::Date(date) => FluentValue::from(formatter().date(*date).replace(' ', "\u{a0}")),
            Arg::Msg(m) => FluentValue::from(m.text(lang)),
            Arg::Or(items) => FluentValue::from(join(items, "list-or", lang)),
            Arg::And(items) => FluentValue::from(join(items, "list-and", lang)),
        }
    }
}

/// Kroner grouped by threes from four digits on (`1 500 kroner`), as amounts are written.
fn group_all(amount: i64, separator: char) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    if amount < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// `a`, `a or b`, `a, b or c`: the last two joined by the language's word.
fn join(items: &[Msg], word: &'static str, lang: Language) -> String {
    let words: Vec<String> = items.iter().map(|m| m.text(lang)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), Msg::new(word).text(lang)),
    }
}

macro_rules! impl_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(Num(n as f64))
            }
        }
    )*};
}
impl_from_number!(i8, i16, i32, i64, u8, u16, u32, u64, usize, f32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}
impl From<crate::model::Date> for Arg {
    fn from(d: crate::model::Date) -> Self {
        Arg::Date(d.0)
    }
}
impl From<jiff::civil::Date> for Arg {
    fn from(d: jiff::civil::Date) -> Self {
        Arg::Date(d)
    }
}

/// The catalogue sources of one language: the shared words, then each code's own.
pub fn sources(lang: Language) -> Vec<&'static str> {
    let shared = match lang {
        Language::Nb => include_str!("../../../i18n/messages/nb.ftl"),
        Language::Nn => include_str!("../../../i18n/messages/nn.ftl"),
        Language::En => include_str!("../../../i18n/messages/en.ftl"),
    };
    let mut all = vec![shared];
    all.extend(super::Code::ALL.iter().map(|code| code.messages_in(lang)));
    all
}

/// The bundle of `lang`, built on first use.
pub fn messages(lang: Language) -> &'static Messages {
    static BUNDLES: [OnceLock<Messages>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| Messages::new(lang, sources(lang)))
}

#[cfg(test)]
mod catalogue_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_builds_and_lists_join() {
        for lang in Language::ALL {
            let _ = messages(lang);
        }
        let kinds = Arg::or([msg!("list-or"), msg!("list-and")]);
        assert_eq!(
            msg!("list-or").arg("x", kinds.clone()).text(Language::Nb),
            "eller"
        );
        assert_eq!(
            join(
                &[msg!("list-and"), msg!("list-and"), msg!("list-or")],
                "list-or",
                Language::Nb
            ),
            "og, og eller eller"
        );
        assert_eq!(group_all(150_000, '\u{a0}'), "150\u{a0}000");
        assert_eq!(
            Arg::Money(1500).value(Language::Nb),
            FluentValue::from("1\u{a0}500\u{a0}kroner")
        );
    }
}
