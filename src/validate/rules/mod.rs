//! The rules, one function per code, grouped by what they look at.

mod coverage;
mod ids;
mod plan;
mod privacy;
mod references;
mod time;
mod values;

use super::RuleContext;

/// Runs every rule.
pub fn run_all(cx: &mut RuleContext<'_>) {
    ids::invalid_id(cx);
    ids::duplicate_id(cx);
    references::unknown_reference(cx);
    references::wrong_reference_kind(cx);
    references::unused(cx);
    coverage::goal_without_need(cx);
    coverage::goal_without_measure(cx);
    coverage::measure_without_need(cx);
    coverage::need_without_measure(cx);
    coverage::gap_not_closed(cx);
    coverage::negative_gap(cx);
    coverage::strategy_mismatch(cx);
    coverage::goal_without_indicator(cx);
    coverage::goal_without_basis(cx);
    coverage::indicator_incomplete(cx);
    coverage::measure_without_cost(cx);
    plan::adoption_missing(cx);
    plan::no_employee_representative(cx);
    plan::no_budget_anchoring(cx);
    plan::missing_step(cx);
    time::invalid_period(cx);
    time::outside_period(cx);
    time::measure_overdue(cx);
    time::review_overdue(cx);
    values::value_out_of_range(cx);
    values::workforce_mismatch(cx);
    privacy::small_group(cx);
    privacy::personal_data(cx);
}
