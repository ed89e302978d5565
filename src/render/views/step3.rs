//! Step 3, goals: the guidelines by level (`guideline_levels`) and the goals with their links
//! (`goals`).

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{GuidelineKind, GuidelineLevel, Plan};
use crate::plan::analysis::Analysis;

/// The guidelines of one level.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct GuidelineGroup {
    /// The level of this group.
    pub level: GuidelineLevel,
    /// The guidelines of that level, at least one.
    pub guidelines: Vec<GuidelineView>,
}

/// A guideline (law, national strategy, norm, local plan).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct GuidelineView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Kind of guideline.
    pub kind: GuidelineKind,
    /// URL or reference.
    pub reference: Option<String>,
    /// Markdown: description.
    pub description: Option<String>,
}

/// A goal with what it rests on and what serves it.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct GoalView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Markdown: description.
    pub description: Option<String>,
    /// The ambition it serves.
    pub ambition: Option<Named>,
    /// Guidelines and anchoring it rests on, as written.
    pub based_on: Vec<Named>,
    /// Indicators that measure it, as written.
    pub indicators: Vec<Named>,
    /// Derived: the needs that list this goal.
    pub needs: Vec<Named>,
    /// Derived: the measures of those needs, without repeats.
    pub measures: Vec<Named>,
}

/// The guidelines grouped by level, national first; empty levels are left out.
pub(super) fn guideline_levels(plan: &Plan) -> Vec<GuidelineGroup> {
    let mut levels = Vec::new();
    for level in [
        GuidelineLevel::National,
        GuidelineLevel::Regional,
        GuidelineLevel::Local,
    ] {
        let guidelines: Vec<GuidelineView> = plan
            .guidelines
            .iter()
            .filter(|g| g.level.value == level)
            .map(|g| GuidelineView {
                id: text(&g.id),
                title: text(&g.title),
                kind: g.kind.value,
                reference: opt(&g.reference),
                description: opt(&g.description),
            })
            .collect();
        if !guidelines.is_empty() {
            levels.push(GuidelineGroup { level, guidelines });
        }
    }
    levels
}

/// The goals, each with what it builds on and the needs and measures that serve it.
pub(super) fn goals(plan: &Plan, analysis: &Analysis<'_>, names: &Names<'_>) -> Vec<GoalView> {
    plan.goals
        .iter()
        .map(|g| {
            let links = analysis.goals.get(g.id.value.as_str());
            GoalView {
                id: text(&g.id),
                title: text(&g.title),
                description: opt(&g.description),
                ambition: g.ambition.as_ref().map(|a| names.named(&a.value)),
                based_on: names.all(
                    g.based_on
                        .iter()
                        .flat_map(|b| b.value.iter())
                        .map(|r| r.value.as_str()),
                ),
                indicators: names.all(
                    g.indicators
                        .iter()
                        .flat_map(|b| b.value.iter())
                        .map(|r| r.value.as_str()),
                ),
                needs: links.map(|l| names.all(l.needs.iter())).unwrap_or_default(),
                measures: links
                    .map(|l| names.all(l.measures.iter()))
                    .unwrap_or_default(),
            }
        })
        .collect()
}
