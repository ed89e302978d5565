//! The plan model: the manifest and the sections of the seven KS steps, every value with its span.

mod manifest;
pub mod schema;
pub mod section;
mod sections;
pub mod spanned;
mod values;

pub use manifest::*;
pub use section::Section;
pub use sections::*;
pub use spanned::Spanned;
pub use values::{Date, Deadline, Entries, NeedRef, NonEmpty, YearKey};

use crate::source::{FileId, Span};

/// What an id looks like: a letter or digit, then up to 63 letters, digits, `.`, `_` or `-`
/// (ASCII). The `invalid-id` rule checks it; the JSON Schemas carry it on every id and reference.
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

/// Everything the plan files of one plan say, merged across files in sorted path order.
#[derive(Debug, Default)]
pub struct Plan {
    /// `kplan.toml`, if it could be read.
    pub manifest: Option<Manifest>,
    /// The file id of `kplan.toml`.
    pub manifest_file: Option<FileId>,
    /// Step 1 (singleton).
    pub organisation: Option<Spanned<Organisation>>,
    /// Step 1.
    pub units: Vec<Spanned<Unit>>,
    /// Step 1.
    pub roles: Vec<Spanned<Role>>,
    /// Step 2.
    pub anchoring: Vec<Spanned<Anchoring>>,
    /// Step 2.
    pub ambitions: Vec<Spanned<Ambition>>,
    /// Step 3.
    pub guidelines: Vec<Spanned<Guideline>>,
    /// Step 3.
    pub goals: Vec<Spanned<Goal>>,
    /// Step 4 (singleton).
    pub competence: Option<Spanned<Competence>>,
    /// Step 4.
    pub competence_areas: Vec<Spanned<CompetenceArea>>,
    /// Step 5.
    pub workforce: Vec<Spanned<Workforce>>,
    /// Step 5.
    pub needs: Vec<Spanned<Need>>,
    /// Step 5.
    pub apprentices: Vec<Spanned<Apprentice>>,
    /// Step 6.
    pub strategies: Vec<Spanned<StrategyText>>,
    /// Step 6.
    pub funding: Vec<Spanned<Funding>>,
    /// Step 6.
    pub measures: Vec<Spanned<Measure>>,
    /// Step 7.
    pub indicators: Vec<Spanned<Indicator>>,
    /// Step 7 (singleton).
    pub evaluation: Option<Spanned<Evaluation>>,
    /// `[render] logo`, read and checked (an SVG is kept as cleaned); `None` without one, or when
    /// it could not be used (an `attachment` finding says why).
    pub logo: Option<Logo>,
    /// The text of each `[[appendices]]` file that could be read, in the manifest's order.
    pub appendix_texts: Vec<AppendixText>,
    /// Ids of entities that could not be read (their schema errors are reported); references to
    /// them are not reported again as unknown.
    pub unreadable_ids: Vec<(String, Span)>,
    /// Text values and keys with at least 11 digits whose parsed text differs from the file's text
    /// at their place (escapes, folded or continued lines), for the `personal-data` rule.
    pub decoded_strings: Vec<(Span, String)>,
    /// Whether anything failed to load (a file, a section or an entity). Rules that conclude
    /// from the absence of something stay silent then, so one typo does not cascade.
    pub incomplete: bool,
    /// Whether a whole plan file failed to parse: its ids are unknown, so references are not
    /// checked for existence.
    pub unparsed_files: bool,
    /// The `[plan] language` of a `kplan.toml` that could not be read for other mistakes, so
    /// that the findings about them are still in the plan's language.
    pub unread_language: Option<crate::text::Language>,
}

/// The logo as read from the plan folder.
#[derive(Debug, Clone)]
pub struct Logo {
    /// What kind of picture it is.
    pub kind: LogoKind,
    /// The file's bytes; for an SVG, the cleaned SVG (see `load::svg`).
    pub bytes: Vec<u8>,
}

/// The picture formats a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    /// `image/svg+xml`
    Svg,
    /// `image/png`
    Png,
}

impl LogoKind {
    /// The media type, as a `data:` URI names it.
    pub fn media_type(self) -> &'static str {
        match self {
            LogoKind::Svg => "image/svg+xml",
            LogoKind::Png => "image/png",
        }
    }
}

/// The text of one appendix file.
#[derive(Debug, Clone)]
pub struct AppendixText {
    /// Its entry in `[[appendices]]` (0-based).
    pub entry: usize,
    /// The Markdown, as written.
    pub text: String,
}

/// The kinds of entity that have an id and can be referenced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// `units`
    Unit,
    /// `roles`
    Role,
    /// `anchoring`
    Anchoring,
    /// `ambitions`
    Ambition,
    /// `guidelines`
    Guideline,
    /// `goals`
    Goal,
    /// `competence_areas`
    CompetenceArea,
    /// `needs`
    Need,
    /// `apprentices`
    Apprentice,
    /// `funding`
    Funding,
    /// `measures`
    Measure,
    /// `indicators`
    Indicator,
}

impl EntityKind {
    /// The singular noun used in messages ("a competence area").
    pub fn noun(self) -> &'static str {
        match self {
            EntityKind::Unit => "unit",
            EntityKind::Role => "role",
            EntityKind::Anchoring => "anchoring",
            EntityKind::Ambition => "ambition",
            EntityKind::Guideline => "guideline",
            EntityKind::Goal => "goal",
            EntityKind::CompetenceArea => "competence area",
            EntityKind::Need => "need",
            EntityKind::Apprentice => "apprentice entry",
            EntityKind::Funding => "funding source",
            EntityKind::Measure => "measure",
            EntityKind::Indicator => "indicator",
        }
    }

    /// The selector of the kind in the message catalogues (`kind`, `kind-a`): `goal`,
    /// `competence-area`, …
    pub fn key(self) -> &'static str {
        match self {
            EntityKind::CompetenceArea => "competence-area",
            EntityKind::Apprentice => "apprentice",
            EntityKind::Funding => "funding",
            other => other.noun(),
        }
    }

    /// The noun with its indefinite article.
    pub fn with_article(self) -> String {
        let article = match self {
            EntityKind::Anchoring | EntityKind::Ambition | EntityKind::Indicator => "an",
            _ => "a",
        };
        format!("{article} {}", self.noun())
    }

    /// The section that defines entities of this kind.
    pub fn section(self) -> Section {
        match self {
            EntityKind::Unit => Section::Units,
            EntityKind::Role => Section::Roles,
            EntityKind::Anchoring => Section::Anchoring,
            EntityKind::Ambition => Section::Ambitions,
            EntityKind::Guideline => Section::Guidelines,
            EntityKind::Goal => Section::Goals,
            EntityKind::CompetenceArea => Section::CompetenceAreas,
            EntityKind::Need => Section::Needs,
            EntityKind::Apprentice => Section::Apprentices,
            EntityKind::Funding => Section::Funding,
            EntityKind::Measure => Section::Measures,
            EntityKind::Indicator => Section::Indicators,
        }
    }
}

impl Plan {
    /// The plan's written language (`[plan] language`), bokmål when it says none.
    pub fn language(&self) -> crate::text::Language {
        self.manifest
            .as_ref()
            .and_then(|m| m.plan.language.as_ref())
            .map(|l| l.value)
            .or(self.unread_language)
            .unwrap_or_default()
    }

    /// `[render] privacy_threshold`, or its default when the manifest is missing or silent.
    pub fn privacy_threshold(&self) -> i64 {
        self.manifest
            .as_ref()
            .map_or_else(Manifest::default_privacy_threshold, |m| {
                m.privacy_threshold()
            })
    }

    /// Every entity id with its kind, in the order they are written (file, then position).
    pub fn ids_in_order(&self) -> Vec<(&Spanned<String>, EntityKind)> {
        let mut ids: Vec<_> = self.ids().collect();
        ids.sort_by_key(|(id, _)| id.span);
        ids
    }

    /// Every entity id with its kind, section by section.
    pub fn ids(&self) -> impl Iterator<Item = (&Spanned<String>, EntityKind)> {
        fn ids<'a, T: 'a>(
            list: &'a [Spanned<T>],
            kind: EntityKind,
            id: fn(&T) -> &Spanned<String>,
        ) -> impl Iterator<Item = (&'a Spanned<String>, EntityKind)> {
            list.iter().map(move |e| (id(&e.value), kind))
        }
        ids(&self.units, EntityKind::Unit, |e| &e.id)
            .chain(ids(&self.roles, EntityKind::Role, |e| &e.id))
            .chain(ids(&self.anchoring, EntityKind::Anchoring, |e| &e.id))
            .chain(ids(&self.ambitions, EntityKind::Ambition, |e| &e.id))
            .chain(ids(&self.guidelines, EntityKind::Guideline, |e| &e.id))
            .chain(ids(&self.goals, EntityKind::Goal, |e| &e.id))
            .chain(ids(
                &self.competence_areas,
                EntityKind::CompetenceArea,
                |e| &e.id,
            ))
            .chain(ids(&self.needs, EntityKind::Need, |e| &e.id))
            .chain(ids(&self.apprentices, EntityKind::Apprentice, |e| &e.id))
            .chain(ids(&self.funding, EntityKind::Funding, |e| &e.id))
            .chain(ids(&self.measures, EntityKind::Measure, |e| &e.id))
            .chain(ids(&self.indicators, EntityKind::Indicator, |e| &e.id))
    }

    /// The plan period, if the manifest was readable.
    pub fn period(&self) -> Option<(i64, i64)> {
        self.manifest
            .as_ref()
            .map(|m| (m.plan.period.start.value, m.plan.period.end.value))
    }
}
