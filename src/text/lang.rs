//! The language a plan is written in, and its document, messages and scaffold.

use serde::Deserialize;

/// The plan's written language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// Bokmål.
    #[default]
    Nb,
    /// Nynorsk.
    Nn,
    /// English.
    En,
}

impl Language {
    /// Every language, bokmål first.
    pub const ALL: [Language; 3] = [Language::Nb, Language::Nn, Language::En];

    /// The language code as written in `kplan.toml`, on the command line and in HTML `lang`
    /// (`nb`, `nn`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::En => "en",
        }
    }

    /// The language of a code, as [`Language::code`] writes it.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// `--lang nb|nn|en`. Written by hand rather than derived: the derive would turn the variants'
/// doc comments into per-value help and change every command's `--help`.
impl clap::ValueEnum for Language {
    fn value_variants<'a>() -> &'a [Self] {
        &Language::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.code()))
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("sv"), None);
    }
}
