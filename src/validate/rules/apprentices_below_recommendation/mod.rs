//! The `apprentices-below-recommendation` rule, documented in `en.md`, `nb.md` and `nn.md` beside
//! it.

use crate::diag::{Code, Finding};
use crate::msg;
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
        // One decimal, as the recommendation is read ("1,6 per 1 000").
        let per_thousand = (year.per_thousand.unwrap_or_default() * 10.0).round() / 10.0;
        sink.push(
            Finding::at(
                Code::ApprenticesBelowRecommendation,
                span,
                msg!(
                    "apprentices-below-recommendation",
                    places = year.places,
                    year = year.year,
                    per_thousand = per_thousand,
                    recommended_per_thousand = RECOMMENDED_PER_THOUSAND,
                    recommended = recommended,
                    population = population.value
                ),
            )
            .label(msg!(
                "apprentices-below-recommendation-label",
                missing = recommended - year.places
            ))
            .help(msg!("apprentices-below-recommendation-help")),
        );
    }
}
