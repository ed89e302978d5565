//! Step 3, goals: the guidelines by level (`guideline_levels`) and the goals with their links
//! (`goals`).

use serde::Serialize;

use super::{Named, Names, opt, text};
use crate::model::{GuidelineKind, Plan};
use crate::plan::analysis::Analysis;

#[derive(Debug, Serialize)]
pub struct GuidelineLevel {
    pub level: GuidelineLevelKind,
    pub guidelines: Vec<GuidelineView>,
}

/// Alias so the field reads as what it is.
pub type GuidelineLevelKind = crate::model::GuidelineLevel;

#[derive(Debug, Serialize)]
pub struct GuidelineView {
    pub id: String,
    pub title: String,
    pub kind: GuidelineKind,
    pub reference: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GoalView {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub ambition: Option<Named>,
    pub based_on: Vec<Named>,
    pub indicators: Vec<Named>,
    pub needs: Vec<Named>,
    pub measures: Vec<Named>,
}

/// The guidelines grouped by level, national first; empty levels are left out.
pub(super) fn guideline_levels(plan: &Plan) -> Vec<GuidelineLevel> {
    let mut levels = Vec::new();
    for level in [
        GuidelineLevelKind::National,
        GuidelineLevelKind::Regional,
        GuidelineLevelKind::Local,
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
            levels.push(GuidelineLevel { level, guidelines });
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
