//! The data the templates receive ([`DocumentData`]): the plan as a reader needs it, with
//! derived values computed and references resolved. `kplan render --dump-context` prints it;
//! `docs/templates.md` documents it. Numbers stay numbers: templates format them with the
//! `number`, `money`, `percent` and `date` filters.
//!
//! One module per part of the document, each holding its views and the small builder that makes
//! them: [`front`] (title block and summary), [`step1`] to [`step7`], [`traceability`]
//! (appendix A), [`council`] (the coat of arms and the free appendices), [`remarks`] (the
//! checks' remarks) and [`charts`] (drawn from the step 5 and 6 views). The changes since an
//! earlier version are the diff's comparison in words
//! ([`ChangesView`](crate::render::ChangesView)), the same `kplan diff` prints.

pub mod apprentices;
pub mod charts;
pub mod council;
pub mod front;
pub mod remarks;
pub mod step1;
pub mod step2;
pub mod step3;
pub mod step4;
pub mod step5;
pub mod step6;
pub mod step7;
pub mod traceability;

use serde::Serialize;

use crate::diag::Finding;
use crate::model::{
    Ambition, Anchoring, Competence, Date, Evaluation, Funding, Plan, Role, Spanned,
};
use crate::plan::Index;
use crate::plan::analysis::Analysis;
use crate::text::Formatter;

/// Bumped when a field changes meaning or disappears.
pub const CONTEXT_VERSION: u32 = 3;

// Where a view would only copy a model entity field by field, the entity itself is embedded:
// cloned, not borrowed, so that the plan can be freed before the data is converted for the
// template engine (a borrow kept the plan alive then: a third more peak memory at 20 000
// entities; see docs/performance.md for the budget).
/// Everything a template can use: the data of the whole document.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DocumentData {
    /// About this rendering.
    pub meta: Meta,
    /// The translation catalogue of the document's language, read as `t.<section>.<key>`.
    pub t: serde_json::Value,
    /// Title block: `[plan]` of `kplan.toml`.
    pub plan: front::PlanInfo,
    /// Summary: key figures (not `plan.summary`, the foreword text).
    pub summary: front::Summary,
    /// Step 1: owner, mandate, groups, milestones.
    pub organisation: Option<step1::OrganisationView>,
    /// Step 1: organisational units.
    pub units: Vec<step1::UnitView>,
    /// Step 1: position groups.
    pub roles: Vec<Role>,
    /// Step 2: documents and decisions the plan rests on.
    pub anchoring: Vec<Anchoring>,
    /// Step 2: ambitions.
    pub ambitions: Vec<Ambition>,
    /// Step 3: guidelines grouped by level, order national, regional, local; empty levels left out.
    pub guideline_levels: Vec<step3::GuidelineGroup>,
    /// Step 3: goals with their links.
    pub goals: Vec<step3::GoalView>,
    /// Step 4: what the plan means by competence.
    pub competence: Option<Competence>,
    /// Step 4: competence areas grouped by kind, order formal, non-formal; empty kinds left out.
    pub area_kinds: Vec<step4::AreaKindView>,
    /// Step 5: workforce rows grouped by unit, units in order of first appearance.
    pub workforce: Vec<step5::WorkforceUnit>,
    /// Step 5, derived: key figures for the whole plan, every unit's rows of its latest `as_of`
    /// added up with each person once, from the published rows only; null without a shown row.
    pub workforce_totals: Option<step5::Totals>,
    /// Step 5: competence needs.
    pub needs: Vec<step5::NeedView>,
    /// Step 5: own apprentices and apprenticeship places per year.
    pub apprentices: apprentices::ApprenticesView,
    /// Step 6: always four, order acquire, develop, mobilise, phase-out.
    pub strategies: Vec<step6::StrategyView>,
    /// Step 6: funding sources.
    pub funding: Vec<Funding>,
    /// Step 6: measures.
    pub measures: Vec<step6::MeasureView>,
    /// Step 6: costs by year, source, strategy and status, and the grant calendar.
    pub budget: step6::BudgetView,
    /// Step 6: the education-support terms ("Regler for utdanningsstøtte") of the measures that
    /// have any; empty when none has.
    pub education_support: Vec<step6::EducationTerms>,
    /// Step 7: indicators with progress.
    pub indicators: Vec<step7::IndicatorView>,
    /// Step 7: follow-up and evaluations.
    pub evaluation: Option<Evaluation>,
    /// Appendix A: goal → need → measure.
    pub traceability: Vec<traceability::TraceGoal>,
    /// Steps 5, 6: chart geometry for the SVG templates.
    pub charts: charts::Charts,
    /// The free appendices, the Markdown files of `[[appendices]]` in their order: B, C, …
    pub appendices: Vec<council::AppendixView>,
    /// The appendix "Merknader": the remarks of the checks in the document's language, without
    /// rule codes; null with `[render] show_findings = false`.
    pub remarks: Option<remarks::Remarks>,
    /// The appendix of what changed since an earlier version (`--since`), in words, if asked for.
    pub changes: Option<crate::render::ChangesView>,
    /// The letters of the appendices after the free ones.
    pub letters: Letters,
}

/// The letters of the appendices kplan writes after the free ones: appendix A (from goals to
/// measures) is always there, the plan's own appendices follow as B, C, … (so their letters do
/// not depend on `--since` or on what the checks found), then the remarks, when there are any to
/// list, then the changes (`--since`). An appendix left out takes no letter, so the letters run
/// on without a gap.
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Letters {
    /// The remarks' letter (`B` in a plan without appendices of its own); null when they are not
    /// listed.
    pub remarks: Option<String>,
    /// The changes' letter; null without `--since`.
    pub changes: Option<String>,
}

impl DocumentData {
    /// Adds the changes since an earlier version, and letters the appendices anew.
    pub fn set_changes(&mut self, changes: crate::render::ChangesView) {
        self.changes = Some(changes);
        self.letters = letters(
            self.appendices.len(),
            self.remarks.as_ref(),
            self.changes.is_some(),
        );
    }
}

/// The letters of the appendices present after A and the `free` appendices of the plan.
fn letters(free: usize, remarks: Option<&remarks::Remarks>, changes: bool) -> Letters {
    // At most limits::MAX_APPENDICES (23) free appendices, B to X: Y and Z are left.
    let mut next = b'B' + u8::try_from(free).unwrap_or(u8::MAX).min(23);
    let mut take = |present: bool| {
        present.then(|| {
            let letter = char::from(next).to_string();
            next += 1;
            letter
        })
    };
    Letters {
        remarks: take(remarks.is_some_and(|r| !r.is_empty())),
        changes: take(changes),
    }
}

/// About this rendering.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Meta {
    /// Version of this data model; bumped when a field changes meaning or disappears.
    pub context_version: u32,
    /// kplan's version.
    pub kplan_version: &'static str,
    /// Language of the document: of everything the templates add (headings, labels, formats);
    /// `--lang`, else the plan's `language`.
    pub lang: &'static str,
    /// Language the plan's own text is written in (its `[plan] language`): differs from `lang`
    /// when `--lang` asks for another. The built-in HTML marks plan text with it (`lang="nb"`).
    pub content_lang: &'static str,
    /// The date counted as today (`--today`).
    pub today: Date,
    /// Workforce rows with fewer employees are withheld (`[render] privacy_threshold`, default 5).
    pub privacy_threshold: i64,
}

/// A reference to another entity, resolved.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Named {
    /// The entity's id.
    pub id: String,
    /// Its display name: `title` of ambitions, anchoring, guidelines, goals, needs, measures;
    /// `name` of units, roles, competence areas, funding, indicators; the id if the entity is
    /// unknown.
    pub name: String,
}

fn text(s: &Spanned<String>) -> String {
    s.value.clone()
}

fn opt(s: &Option<Spanned<String>>) -> Option<String> {
    s.as_ref().map(text)
}

/// Resolves ids to display names.
struct Names<'a> {
    names: std::collections::HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(plan: &'a Plan) -> Self {
        let mut names = std::collections::HashMap::new();
        let mut add = |id: &'a Spanned<String>, name: &'a Spanned<String>| {
            names
                .entry(id.value.as_str())
                .or_insert(name.value.as_str());
        };
        plan.units.iter().for_each(|e| add(&e.id, &e.name));
        plan.roles.iter().for_each(|e| add(&e.id, &e.name));
        plan.anchoring.iter().for_each(|e| add(&e.id, &e.title));
        plan.ambitions.iter().for_each(|e| add(&e.id, &e.title));
        plan.guidelines.iter().for_each(|e| add(&e.id, &e.title));
        plan.goals.iter().for_each(|e| add(&e.id, &e.title));
        plan.competence_areas
            .iter()
            .for_each(|e| add(&e.id, &e.name));
        plan.needs.iter().for_each(|e| add(&e.id, &e.title));
        plan.funding.iter().for_each(|e| add(&e.id, &e.name));
        plan.measures.iter().for_each(|e| add(&e.id, &e.title));
        plan.indicators.iter().for_each(|e| add(&e.id, &e.name));
        Self { names }
    }

    fn named(&self, id: &str) -> Named {
        Named {
            id: id.to_owned(),
            name: self.names.get(id).copied().unwrap_or(id).to_owned(),
        }
    }

    fn all(&self, ids: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<Named> {
        ids.into_iter().map(|id| self.named(id.as_ref())).collect()
    }
}

/// What the document data is built from.
pub struct Inputs<'a> {
    /// The checked plan (no errors).
    pub plan: &'a Plan,
    /// Its index.
    pub index: &'a Index<'a>,
    /// Its derived values.
    pub analysis: &'a Analysis<'a>,
    /// The findings of the check (warnings and notes only, as errors stop rendering).
    pub findings: &'a [Finding],
    /// Formatting for the chart labels.
    pub formatter: &'a Formatter,
    /// The translation catalogue.
    pub catalogue: serde_json::Value,
    /// Language code.
    pub lang: &'static str,
    /// Today.
    pub today: Date,
}

/// Builds the document data, section by section. The plan must have a manifest (checked plans
/// do).
pub fn build(inputs: Inputs<'_>) -> DocumentData {
    let Inputs {
        plan,
        analysis,
        findings,
        formatter,
        catalogue,
        lang,
        today,
        ..
    } = inputs;
    let manifest = plan
        .manifest
        .as_ref()
        .expect("a checked plan has a manifest");
    let names = Names::new(plan);
    let threshold = manifest.privacy_threshold();

    // Only what the privacy step publishes reaches the document.
    let publication = crate::plan::privacy::publish(plan, threshold);
    let staffing = crate::plan::staffing::staffing(plan, &publication);
    let workforce = step5::workforce(plan, &publication, &staffing, &names);
    let period = &manifest.plan.value.period.value;
    let (start, end) = (period.start.value, period.end.value);
    // A period of a hundred years or more (a typo) gives no calendar rather than a long one.
    let years = if end.saturating_sub(start) < 100 {
        start..=end
    } else {
        std::ops::RangeInclusive::new(1, 0) // empty
    };
    let calendar = step6::calendar(plan, years, &names);
    let budget = step6::budget(&analysis.budget, calendar, &names);
    let needs = step5::needs(plan, analysis, &publication, threshold, &names);
    let appendices = council::appendices(plan);
    let remarks = remarks::remarks(
        findings,
        manifest.show_findings(),
        crate::text::Language::from_code(lang).unwrap_or_default(),
        &catalogue,
    );
    let charts = charts::build(
        plan,
        &workforce,
        &publication.units,
        threshold,
        &budget,
        formatter,
    );

    DocumentData {
        meta: Meta {
            context_version: CONTEXT_VERSION,
            kplan_version: env!("CARGO_PKG_VERSION"),
            lang,
            content_lang: plan.language().code(),
            today,
            privacy_threshold: threshold,
        },
        t: catalogue,
        plan: front::PlanInfo {
            logo: council::logo(plan),
            ..front::plan_info(
                &manifest.plan.value,
                crate::text::Language::from_code(lang).unwrap_or_default(),
            )
        },
        summary: front::summary(plan, analysis, &needs),
        organisation: step1::organisation(plan),
        units: step1::units(plan, &names),
        roles: step1::roles(plan),
        anchoring: step2::anchoring(plan),
        ambitions: step2::ambitions(plan),
        guideline_levels: step3::guideline_levels(plan),
        goals: step3::goals(plan, analysis, &names),
        competence: step4::competence(plan),
        area_kinds: step4::area_kinds(plan),
        workforce,
        workforce_totals: staffing.plan,
        needs,
        apprentices: apprentices::apprentices(plan, analysis, &names),
        strategies: step6::strategies(plan, &names),
        funding: step6::funding(plan),
        measures: step6::measures(plan, &analysis.budget, &names),
        budget,
        education_support: step6::education_terms(plan, &names),
        indicators: step7::indicators(plan, analysis),
        evaluation: step7::evaluation(plan),
        traceability: traceability::build(plan, analysis, &names),
        charts,
        letters: letters(appendices.len(), remarks.as_ref(), false),
        appendices,
        remarks,
        changes: None,
    }
}

#[cfg(test)]
mod tests {
    /// The views of each part of the document, which must not read the charts.
    const PARTS: &[(&str, &str)] = &[
        ("apprentices.rs", include_str!("apprentices.rs")),
        ("council.rs", include_str!("council.rs")),
        ("front.rs", include_str!("front.rs")),
        ("remarks.rs", include_str!("remarks.rs")),
        ("step1.rs", include_str!("step1.rs")),
        ("step2.rs", include_str!("step2.rs")),
        ("step3.rs", include_str!("step3.rs")),
        ("step4.rs", include_str!("step4.rs")),
        ("step5.rs", include_str!("step5.rs")),
        ("step6.rs", include_str!("step6.rs")),
        ("step7.rs", include_str!("step7.rs")),
        ("traceability.rs", include_str!("traceability.rs")),
    ];

    /// One way only: the charts are drawn from the views (steps 5 and 6), so no view may use
    /// the charts, or the two would import each other again.
    #[test]
    fn the_views_do_not_use_the_charts() {
        for (name, source) in PARTS {
            let uses: Vec<&str> = source
                .lines()
                .filter(|l| l.contains("charts::") || l.contains("use super::charts"))
                .collect();
            assert!(uses.is_empty(), "views/{name} uses the charts: {uses:?}");
        }
        assert!(
            include_str!("charts.rs").contains("use super::step5::"),
            "the charts read the step 5 views"
        );
    }

    /// Every part of the document has its file in the list above.
    #[test]
    fn every_part_is_checked() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render/views");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "mod.rs" && n != "charts.rs")
            .collect();
        files.sort();
        let mut listed: Vec<String> = PARTS.iter().map(|(n, _)| n.to_string()).collect();
        listed.sort();
        assert_eq!(files, listed);
    }
}
