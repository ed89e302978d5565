//! The title block (`plan`) and the summary (`summary`): the plan's `[plan]` table and its key
//! figures. The remarks of the checks are an appendix of their own ([`super::remarks`]).

use serde::Serialize;

use super::step5::NeedView;
use super::{opt, text};
use crate::model::{
    Adoption, Consultation, Date, Foreword, NeedQuantity, Plan, PlanMeta, PlanStatus, Revision,
};
use crate::plan::analysis::Analysis;
use crate::text::{Key, Language};

/// Title block.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PlanInfo {
    /// Document title.
    pub title: String,
    /// Municipality.
    pub municipality: String,
    /// Kommunenummer, four digits.
    pub municipality_number: Option<String>,
    /// Whole municipality, a sector or a group of positions.
    pub scope: String,
    /// First year of the plan period.
    pub period_start: i64,
    /// Last year (inclusive).
    pub period_end: i64,
    /// Where the plan is in its life.
    pub status: PlanStatus,
    /// Free revision label.
    pub version: Option<String>,
    /// Markdown: the summary written in `[plan] summary`, at the start of the summary part.
    pub summary: Option<String>,
    /// The signed foreword (`[plan.foreword]`), printed before the summary.
    pub foreword: Option<Foreword>,
    /// The adopting decision; `decision` is the decision text (before adoption, the proposed
    /// one).
    pub adoption: Option<Adoption>,
    /// The consultation (høring) of the draft (`[plan.consultation]`).
    pub consultation: Option<Consultation>,
    /// Rolling revision.
    pub revision: Option<RevisionView>,
    /// The coat of arms (`[render] logo`), if the plan has one.
    pub logo: Option<super::council::LogoView>,
}

/// Rolling revision (`[plan.revision]`), with the sentences step 7 says it in.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct RevisionView {
    /// The whole plan is revised every N years.
    pub plan_interval_years: Option<i64>,
    /// The action part (the measures) is rolled every N years.
    pub action_interval_years: Option<i64>,
    /// The next scheduled review.
    pub next_review: Option<Date>,
    /// The sentence for `plan_interval_years` in the document's language, the number spelled
    /// out up to ten ("Hele planen revideres hvert fjerde år."); null without it.
    pub plan_interval_text: Option<String>,
    /// The sentence for `action_interval_years` ("Tiltaksdelen rulleres hvert andre år.");
    /// null without it.
    pub action_interval_text: Option<String>,
}

/// Key figures.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Number of goals.
    pub goals: usize,
    /// Number of needs.
    pub needs: usize,
    /// Number of measures.
    pub measures: usize,
    /// Kroner: all costs of all measures.
    pub total_cost: i64,
    /// Total per year; the same years as `budget.years`.
    pub cost_by_year: Vec<YearAmount>,
    /// Goals with at least one need and one measure.
    pub goals_covered: usize,
    /// Percent (0–100): `goals_covered` of `goals`; 100 when there are no goals.
    pub goals_covered_percent: f64,
    /// Needs with at least one measure.
    pub needs_covered: usize,
    /// Percent (0–100): `needs_covered` of `needs`; 100 when there are no needs.
    pub needs_covered_percent: f64,
    /// The gross recruitment need in persons, added up over the needs in persons with
    /// `replace_departures` in force whose recruitment the document states; null when there is
    /// none.
    pub recruitment: Option<Recruitment>,
}

/// The gross recruitment need of the plan, in persons (step 5, part 1).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Recruitment {
    /// The ids of the needs added up, in plan order.
    pub needs: Vec<String>,
    /// Sum of the needs' gaps.
    pub gap: f64,
    /// Sum of their expected departures through each need's `by`.
    pub departures: f64,
    /// `gap + departures`: persons to recruit or qualify.
    pub recruitment: f64,
    /// What measures and own apprentices cover, each need counted at most up to its recruitment
    /// (so that one need's surplus hides no other's shortfall).
    pub covered: f64,
    /// `recruitment − covered`.
    pub shortfall: f64,
    /// True when a need in persons with `replace_departures` in force is left out: its
    /// recruitment is unknown (no `departures` given) or withheld for privacy.
    pub incomplete: bool,
}

/// A sum of costs in one year.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct YearAmount {
    /// Year.
    pub year: i64,
    /// Kroner: total cost that year.
    pub amount: i64,
}

/// The rolling revision with its sentences in `lang`.
fn revision(revision: &Revision, lang: Language) -> RevisionView {
    let plan = revision.plan_interval_years.as_ref().map(|n| n.value);
    let action = revision.action_interval_years.as_ref().map(|n| n.value);
    let sentence = |key: Key, n: Option<i64>| n.map(|n| key.format(lang, &[("n", n as f64)]));
    RevisionView {
        plan_interval_years: plan,
        action_interval_years: action,
        next_review: revision.next_review.as_ref().map(|d| d.value),
        plan_interval_text: sentence(Key::PlanInterval, plan),
        action_interval_text: sentence(Key::ActionInterval, action),
    }
}

/// The title block from `[plan]`, its sentences in `lang`.
pub(super) fn plan_info(meta: &PlanMeta, lang: Language) -> PlanInfo {
    PlanInfo {
        title: text(&meta.title),
        municipality: text(&meta.municipality),
        municipality_number: opt(&meta.municipality_number),
        scope: text(&meta.scope),
        period_start: meta.period.start.value,
        period_end: meta.period.end.value,
        status: meta.status.value,
        version: opt(&meta.version),
        summary: opt(&meta.summary),
        foreword: meta.foreword.as_deref().cloned(),
        adoption: meta.adoption.as_deref().cloned(),
        consultation: meta.consultation.as_deref().cloned(),
        revision: meta.revision.as_deref().map(|r| revision(r, lang)),
        logo: None,
    }
}

/// The gross recruitment need in persons over the stated needs ([`Recruitment`]).
pub(super) fn recruitment(needs: &[NeedView]) -> Option<Recruitment> {
    let staffing = needs
        .iter()
        .filter(|n| n.replace_departures && n.quantity == NeedQuantity::Persons);
    let mut total = Recruitment {
        needs: Vec::new(),
        gap: 0.0,
        departures: 0.0,
        recruitment: 0.0,
        covered: 0.0,
        shortfall: 0.0,
        incomplete: false,
    };
    let mut any = false;
    for n in staffing {
        let (Some(recruitment), Some(departures)) = (n.recruitment, n.replacement) else {
            total.incomplete = true;
            continue;
        };
        any = true;
        total.needs.push(n.id.clone());
        total.gap += n.gap;
        total.departures += departures;
        total.recruitment += recruitment;
        total.covered += n.covered.unwrap_or(0.0).min(recruitment).max(0.0);
    }
    total.shortfall = (total.recruitment - total.covered).max(0.0);
    any.then_some(total)
}

/// The key figures.
pub(super) fn summary(plan: &Plan, analysis: &Analysis<'_>, needs: &[NeedView]) -> Summary {
    let budget = &analysis.budget;
    let coverage = analysis.coverage;
    Summary {
        goals: plan.goals.len(),
        needs: plan.needs.len(),
        measures: plan.measures.len(),
        total_cost: budget.total,
        cost_by_year: budget
            .years
            .iter()
            .zip(&budget.by_year)
            .map(|(&year, &amount)| YearAmount { year, amount })
            .collect(),
        goals_covered: coverage.goals_covered,
        goals_covered_percent: coverage.goals_percent(),
        needs_covered: coverage.needs_covered,
        needs_covered_percent: coverage.needs_percent(),
        recruitment: recruitment(needs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Priority, Strategy};

    fn need(
        quantity: NeedQuantity,
        gap: f64,
        replacement: Option<f64>,
        covered: Option<f64>,
    ) -> NeedView {
        NeedView {
            id: "B1".into(),
            title: "B".into(),
            goals: Vec::new(),
            area: super::super::Named {
                id: "K1".into(),
                name: "K".into(),
            },
            unit: None,
            role: None,
            strategy: Strategy::Acquire,
            quantity,
            current: 0.0,
            required: gap,
            gap,
            closed: covered,
            replacement,
            recruitment: replacement.map(|r| gap + r),
            replace_departures: true,
            replacement_withheld: false,
            apprentices: None,
            apprentices_withheld: false,
            covered,
            shortfall: None,
            by: 2028,
            priority: Priority::High,
            rationale: None,
            measures: Vec::new(),
        }
    }

    #[test]
    fn the_revision_intervals_are_spelled_out_up_to_ten() {
        let span = crate::source::Span::new(crate::source::FileId(0), 0, 0);
        let spanned = |n: i64| Some(crate::model::Spanned::new(n, span));
        let sentences = |plan: i64, action: i64, lang: Language| {
            let view = revision(
                &Revision {
                    plan_interval_years: spanned(plan),
                    action_interval_years: spanned(action),
                    next_review: None,
                },
                lang,
            );
            (
                view.plan_interval_text.unwrap(),
                view.action_interval_text.unwrap(),
            )
        };
        assert_eq!(
            sentences(4, 2, Language::Nb),
            (
                "Hele planen revideres hvert fjerde år.".into(),
                "Tiltaksdelen rulleres hvert andre år.".into()
            )
        );
        assert_eq!(
            sentences(4, 1, Language::Nn),
            (
                "Heile planen blir revidert kvart fjerde år.".into(),
                "Tiltaksdelen blir rullert kvart år.".into()
            )
        );
        assert_eq!(
            sentences(12, 10, Language::En),
            (
                "The whole plan is revised every 12 years.".into(),
                "The action part is rolled forward every tenth year.".into()
            )
        );
        assert_eq!(
            sentences(12, 3, Language::Nb).0,
            "Hele planen revideres hvert 12. år."
        );
    }

    #[test]
    fn the_recruitment_adds_up_needs_in_persons_and_caps_each_need_s_cover() {
        let needs = [
            // 6 + 14 = 20, covered 26: counts as 20.
            need(NeedQuantity::Persons, 6.0, Some(14.0), Some(26.0)),
            // 4 + 5 = 9, covered 3: 6 short.
            need(NeedQuantity::Persons, 4.0, Some(5.0), Some(3.0)),
            // Nothing covered.
            need(NeedQuantity::Persons, 2.0, Some(1.0), None),
            // Årsverk do not add up with persons.
            need(NeedQuantity::Fte, 3.0, Some(2.0), Some(1.0)),
        ];
        let r = recruitment(&needs).unwrap();
        assert_eq!(
            (r.gap, r.departures, r.recruitment, r.covered, r.shortfall),
            (12.0, 20.0, 32.0, 23.0, 9.0)
        );
        assert!(!r.incomplete);
        // A need whose recruitment is not stated is left out, and says so.
        let mut unknown = need(NeedQuantity::Persons, 5.0, None, Some(5.0));
        unknown.replacement_withheld = true;
        let known = need(NeedQuantity::Persons, 6.0, Some(14.0), Some(26.0));
        let r = recruitment(&[known, unknown]).unwrap();
        assert_eq!((r.recruitment, r.incomplete), (20.0, true));
        assert!(recruitment(&[need(NeedQuantity::Fte, 1.0, Some(1.0), None)]).is_none());
    }
}
