//! `kplan.toml`: the manifest that marks a plan root and holds its metadata and settings.

use serde::Deserialize;

use super::{Date, Entries, Spanned};
use crate::text::Language;

/// The whole `kplan.toml`.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// `[plan]`
    pub plan: Spanned<PlanMeta>,
    /// `[checks]`: rule code → severity (`error`, `warning`, `note` or `off`).
    #[serde(default)]
    #[schemars(extend("additionalProperties" = { "enum": ["error", "warning", "note", "off"] }))]
    pub checks: Option<Spanned<Entries<String, String>>>,
    /// `[render]`
    #[serde(default)]
    pub render: Option<RenderSettings>,
    /// `[[appendices]]`: Markdown files of the plan folder, printed as appendices B, C, … of the
    /// document.
    #[serde(default)]
    pub appendices: Vec<Spanned<AppendixFile>>,
    /// `[workspace]`: this folder is also the root of a planverk (docs/planverk.md).
    #[serde(default)]
    pub workspace: Option<Spanned<WorkspaceTable>>,
}

/// `[workspace]` in the `kplan.toml` at the root of a planverk: which folders hold its plans.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceTable {
    /// The member plans: folders relative to the root, each holding a plan's `kplan.toml`; a
    /// path segment may be a pattern with `*` and `?` (`sektorer/*`).
    pub members: Spanned<Vec<Spanned<String>>>,
    /// Folders the patterns of `members` match that are not members.
    #[serde(default)]
    pub exclude: Vec<Spanned<String>>,
}

/// A `kplan.toml` with `[workspace]` and no `[plan]`: the root of a planverk that is not itself
/// a plan.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceManifest {
    /// `[workspace]`
    pub workspace: Spanned<WorkspaceTable>,
    /// `[checks]`: defaults for every member plan; a member's own `[checks]` wins.
    #[serde(default)]
    #[schemars(extend("additionalProperties" = { "enum": ["error", "warning", "note", "off"] }))]
    pub checks: Option<Spanned<Entries<String, String>>>,
}

/// `[plan]`: what the plan is, for whom, and where it stands.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanMeta {
    /// The plan's id in its planverk (default: the name of its folder).
    pub id: Option<Spanned<String>>,
    /// The id of the plan this plan details (a sector plan names the overall plan).
    pub parent: Option<Spanned<String>>,
    /// Document title.
    pub title: Spanned<String>,
    /// Name of the municipality.
    pub municipality: Spanned<String>,
    /// Kommunenummer, four digits.
    pub municipality_number: Option<Spanned<String>>,
    /// Whole municipality, a sector or a group of positions.
    pub scope: Spanned<String>,
    /// The years the plan covers.
    pub period: Spanned<Period>,
    /// Inhabitants of the municipality, for apprenticeships per 1 000 inhabitants.
    pub population: Option<Spanned<i64>>,
    /// Written language of the plan.
    #[serde(default)]
    pub language: Option<Spanned<Language>>,
    /// Where the plan is in its life.
    pub status: Spanned<PlanStatus>,
    /// Free revision label.
    pub version: Option<Spanned<String>>,
    /// Markdown summary, at the start of the summary part of the document.
    pub summary: Option<Spanned<String>>,
    /// The signed foreword, printed before the summary.
    pub foreword: Option<Spanned<Foreword>>,
    /// The adopting decision.
    pub adoption: Option<Spanned<Adoption>>,
    /// The consultation (høring) of the draft.
    pub consultation: Option<Spanned<Consultation>>,
    /// Rolling revision (step 7).
    pub revision: Option<Spanned<Revision>>,
}

/// Plan period in whole years, both inclusive.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First year.
    pub start: Spanned<i64>,
    /// Last year.
    pub end: Spanned<i64>,
}

/// Where the plan is in its life.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    /// Being written.
    Draft,
    /// Out for consultation (høring).
    Consultation,
    /// Adopted by an elected body.
    Adopted,
    /// Replaced or withdrawn.
    Retired,
}

/// The decision that adopted the plan.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    /// The body that adopted it (kommunestyret, formannskapet, …).
    pub body: Option<Spanned<String>>,
    /// The date of the decision.
    pub date: Option<Spanned<Date>>,
    /// The case number as the municipality writes it.
    pub case: Option<Spanned<String>>,
    /// Markdown: the decision text (vedtak); before adoption, the proposed decision.
    pub decision: Option<Spanned<String>>,
}

/// `[plan.foreword]`: the foreword, signed by whoever presents the plan.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Foreword {
    /// Markdown: the foreword.
    pub text: Spanned<String>,
    /// Who signs it.
    pub signed_by: Option<Spanned<Signature>>,
    /// The date of the signature.
    pub date: Option<Spanned<Date>>,
}

/// The signature under the foreword.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signer's position (kommunedirektør, kommunalsjef, …).
    pub role: Spanned<String>,
    /// The signer's name: besides group members, the only place for a person's name.
    pub name: Option<Spanned<String>>,
}

/// `[plan.consultation]`: the consultation (høring) of the draft plan.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// The consultation deadline.
    pub deadline: Option<Spanned<Date>>,
    /// The bodies consulted (employee organisations, councils, units, …).
    #[serde(default)]
    pub consulted: Vec<Spanned<String>>,
    /// Markdown: a summary of the input received and how the plan answers it.
    pub summary: Option<Spanned<String>>,
}

/// `[[appendices]]`: one Markdown file of the plan folder, printed as an appendix.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppendixFile {
    /// The appendix's title; without it, the first heading of the file.
    pub title: Option<Spanned<String>>,
    /// The Markdown file (`.md`), relative to the plan root.
    pub file: Spanned<String>,
}

/// How the plan is kept rolling.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// The whole plan is revised every N years.
    pub plan_interval_years: Option<Spanned<i64>>,
    /// The measures are revised every N years.
    pub action_interval_years: Option<Spanned<i64>>,
    /// The next scheduled review.
    pub next_review: Option<Spanned<Date>>,
}

/// `[render]`
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct RenderSettings {
    /// Folder of template overrides, relative to the plan root.
    pub templates: Option<Spanned<String>>,
    /// Output folder, relative to the plan root; never read as plan files.
    pub output: Option<Spanned<String>>,
    /// Workforce rows with fewer persons than this are withheld from figures.
    pub privacy_threshold: Option<Spanned<i64>>,
    /// Whether the document lists the remarks of the checks in an appendix (default `true`).
    pub show_findings: Option<Spanned<bool>>,
    /// The municipality's coat of arms (an SVG or PNG file, relative to the plan root), shown on
    /// the title block.
    pub logo: Option<Spanned<String>>,
}

impl Manifest {
    /// The output folder name (default `build`).
    pub fn output_dir(&self) -> &str {
        self.render
            .as_ref()
            .and_then(|r| r.output.as_ref())
            .map_or("build", |o| o.value.as_str())
    }

    /// `[render] templates` and `output` that leave the plan root: (the value, its field).
    /// Both are written by whoever controls the repository, so an absolute path or `..` could
    /// make `kplan render` read templates from, or write documents to, anywhere on the machine.
    pub fn paths_outside_root(&self) -> Vec<(&Spanned<String>, &'static str)> {
        let Some(render) = &self.render else {
            return Vec::new();
        };
        [(&render.templates, "templates"), (&render.output, "output")]
            .into_iter()
            .filter_map(|(value, field)| Some((value.as_ref()?, field)))
            .filter(|(value, _)| !stays_inside(&value.value))
            .collect()
    }

    /// The privacy threshold (default 5).
    pub fn privacy_threshold(&self) -> i64 {
        self.render
            .as_ref()
            .and_then(|r| r.privacy_threshold.as_ref())
            .map_or(Self::default_privacy_threshold(), |t| t.value)
    }

    /// Whether the document lists the remarks of the checks (`[render] show_findings`, default
    /// true).
    pub fn show_findings(&self) -> bool {
        self.render
            .as_ref()
            .and_then(|r| r.show_findings.as_ref())
            .is_none_or(|s| s.value)
    }

    /// The privacy threshold when none is set: 5, the usual limit of Norwegian public statistics.
    pub fn default_privacy_threshold() -> i64 {
        5
    }
}

/// Whether a relative path from kplan.toml names a folder or file below the plan root: not
/// empty, not absolute, no `..`, no drive or backslash (a separator on Windows).
pub(crate) fn stays_inside(path: &str) -> bool {
    let p = std::path::Path::new(path);
    !path.trim().is_empty()
        && !path.contains('\\')
        && !path.contains(':')
        && p.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
        && p.components()
            .any(|c| matches!(c, std::path::Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_from_the_manifest_stay_inside_the_root() {
        for ok in ["build", "docs/plan", "./build", "ut data"] {
            assert!(super::stays_inside(ok), "{ok}");
        }
        for bad in [
            "",
            ".",
            "/tmp/x",
            "../x",
            "a/../../x",
            "a\\..\\x",
            "C:/x",
            "a/..",
        ] {
            assert!(!super::stays_inside(bad), "{bad}");
        }
    }
}
