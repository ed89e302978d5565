//! The `apprentices-below-recommendation` rule, documented in `en.md`, `nb.md` and `nn.md` beside
//! it.

use crate::diag::{Code, Finding};
use crate::plan::apprentices::{self, RECOMMENDED_PER_THOUSAND};
use crate::validate::{RuleContext, Sink};

/// `apprentices-below-recommendation`: with `[plan] population` given, a year of the plan period
/// has fewer apprenticeship places (all `apprentices` entries added up) than KS's recommendation
/// of 2 per 1 000 inhabitants ([`apprentices::places_by_year`]). One finding per year, at the
/// places of that year in the first entry that gives it, else at `population`.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let Some(meta) = cx.plan.manifest.as_ref().map(|m| &m.plan.value) else {
        return;
    };
    let Some(population) = meta.population.as_ref().filter(|p| p.value > 0) else {
        return;
    };
    let Some((start, end)) = cx.plan.period() else {
        return;
    };
    for year in apprentices::places_by_year(cx.plan) {
        if !(start..=end).contains(&year.year) || !year.below_recommendation() {
            continue;
        }
        let recommended = year.recommended.unwrap_or_default();
        let span = cx
            .plan
            .apprentices
            .iter()
            .flat_map(|a| a.places.value.0.iter())
            .find(|(y, _)| y.value.0 == year.year)
            .map_or(population.span, |(_, n)| n.span);
        let per_thousand = year.per_thousand.unwrap_or_default();
        sink.push(
            Finding::at(
                Code::ApprenticesBelowRecommendation,
                span,
                format!(
                    "{} apprenticeship places in {} ({:.1} per 1000 inhabitants); KS recommends at least {RECOMMENDED_PER_THOUSAND} per 1000, {recommended} for a population of {}",
                    year.places, year.year, per_thousand, population.value
                ),
            )
            .label(format!("{} below the recommendation", recommended - year.places))
            .help("plan more læreplasser in `apprentices` (`places`), or lower this rule in `[checks]` if the plan covers only part of the municipality"),
        );
    }
}
