//! Rules on the chain goal → need → measure (KS steps 3, 5 and 6) and on what makes goals
//! measurable and measures budgeted.

use crate::diag::{Code, Finding};
use crate::model::Strategy;
use crate::validate::RuleContext;

/// `goal-without-need`: no need lists the goal in `goals`.
pub fn goal_without_need(cx: &mut RuleContext<'_>) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for goal in &cx.plan.goals {
        if cx.index.needs_of_goal.contains_key(goal.id.value.as_str()) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutNeed,
            goal.id.span,
            format!("goal {} is served by no competence need", goal.id.value),
        )
        .label("no need lists this goal")
        .help(format!(
            "add `{}` to the `goals` of the needs that serve it (step 5), or remove the goal",
            goal.id.value
        ));
        cx.push(finding);
    }
}

/// `goal-without-measure`: no measure names any of the goal's needs.
pub fn goal_without_measure(cx: &mut RuleContext<'_>) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for goal in &cx.plan.goals {
        let Some(needs) = cx.index.needs_of_goal.get(goal.id.value.as_str()) else {
            continue; // goal-without-need already says more
        };
        let served = needs
            .iter()
            .any(|n| cx.index.measures_of_need.contains_key(n.id.value.as_str()));
        if served {
            continue;
        }
        let ids: Vec<&str> = needs.iter().map(|n| n.id.value.as_str()).collect();
        let finding = Finding::at(
            Code::GoalWithoutMeasure,
            goal.id.span,
            format!(
                "goal {} has needs ({}) but no measure works on any of them",
                goal.id.value,
                ids.join(", ")
            ),
        )
        .label("no measure reaches this goal")
        .help(format!(
            "add a measure whose `needs` names {} (step 6)",
            ids.join(" or ")
        ));
        cx.push(finding);
    }
}

/// `measure-without-need`: a measure's `needs` is empty.
pub fn measure_without_need(cx: &mut RuleContext<'_>) {
    for measure in &cx.plan.measures {
        if !measure.needs.is_empty() {
            continue;
        }
        let finding = Finding::at(
            Code::MeasureWithoutNeed,
            measure.needs.span,
            format!("measure {} names no competence need", measure.id.value),
        )
        .label("empty list")
        .help("name the need(s) this measure closes, e.g. `needs: [B1]`; a measure without a need has no purpose in the plan");
        cx.push(finding);
    }
}

/// `need-without-measure`: no measure names the need (an uncovered gap).
pub fn need_without_measure(cx: &mut RuleContext<'_>) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for need in &cx.plan.needs {
        if cx
            .index
            .measures_of_need
            .contains_key(need.id.value.as_str())
        {
            continue;
        }
        let finding = Finding::at(
            Code::NeedWithoutMeasure,
            need.id.span,
            format!("need {} is named by no measure", need.id.value),
        )
        .label("uncovered gap")
        .help(format!(
            "add `{}` to the `needs` of a measure (step 6), or explain in `rationale` why it waits",
            need.id.value
        ));
        cx.push(finding);
    }
}

/// `gap-not-closed`: the `closes` values given for a need add up to less than its gap.
pub fn gap_not_closed(cx: &mut RuleContext<'_>) {
    if cx.plan.incomplete {
        return; // what failed to load may be the missing link
    }
    for need in &cx.plan.needs {
        let Some(measures) = cx.index.measures_of_need.get(need.id.value.as_str()) else {
            continue;
        };
        let contributions: Vec<f64> = measures
            .iter()
            .flat_map(|m| m.needs.iter())
            .filter(|r| r.value.id().value == need.id.value)
            .filter_map(|r| r.value.closes().map(|c| c.value))
            .collect();
        if contributions.is_empty() {
            continue;
        }
        let gap = need.required.value - need.current.value;
        let closed: f64 = contributions.iter().sum();
        if closed + 1e-9 >= gap.abs() {
            continue;
        }
        let finding = Finding::at(
            Code::GapNotClosed,
            need.id.span,
            format!(
                "the measures for need {} close {} of a gap of {}",
                need.id.value,
                fmt_num(closed),
                fmt_num(gap.abs())
            ),
        )
        .label(format!("{} left open", fmt_num(gap.abs() - closed)))
        .help("add or extend measures (`closes`), or lower `required` if the ambition changed");
        cx.push(finding);
    }
}

/// `negative-gap`: `required < current` for a need to acquire or develop.
pub fn negative_gap(cx: &mut RuleContext<'_>) {
    for need in &cx.plan.needs {
        let growing = matches!(need.strategy.value, Strategy::Acquire | Strategy::Develop);
        if !growing || need.required.value >= need.current.value {
            continue;
        }
        let finding = Finding::at(
            Code::NegativeGap,
            need.required.span,
            format!(
                "need {} requires {} but {} are already there, yet its strategy is {}",
                need.id.value,
                fmt_num(need.required.value),
                fmt_num(need.current.value),
                need.strategy.value.as_str()
            ),
        )
        .label("required is below current")
        .related(need.current.span, "current")
        .help("check `current` and `required`; if the need shrinks, the strategy is probably `mobilise` or `phase-out`");
        cx.push(finding);
    }
}

/// `strategy-mismatch`: a measure's strategy differs from the strategy of a need it names.
pub fn strategy_mismatch(cx: &mut RuleContext<'_>) {
    for measure in &cx.plan.measures {
        for r in measure.needs.iter() {
            let Some(need) = cx.index.needs.get(r.value.id().value.as_str()) else {
                continue;
            };
            if need.strategy.value == measure.strategy.value {
                continue;
            }
            let finding = Finding::at(
                Code::StrategyMismatch,
                measure.strategy.span,
                format!(
                    "measure {} is `{}` but its need {} is `{}`",
                    measure.id.value,
                    measure.strategy.value.as_str(),
                    need.id.value,
                    need.strategy.value.as_str()
                ),
            )
            .label("strategy of the measure")
            .related(need.strategy.span, format!("strategy of need {}", need.id.value))
            .help("align the strategies, or split the measure so each part serves needs of one strategy");
            cx.push(finding);
        }
    }
}

/// `goal-without-indicator`: a goal has no indicator (KS step 3: can the goal be measured?).
pub fn goal_without_indicator(cx: &mut RuleContext<'_>) {
    for goal in &cx.plan.goals {
        if goal.indicators.as_ref().is_some_and(|i| !i.is_empty()) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutIndicator,
            goal.id.span,
            format!("goal {} has no indicator", goal.id.value),
        )
        .label("how will this be measured?")
        .help("add `indicators: [I1]` naming an indicator with a baseline and a target (step 7)");
        cx.push(finding);
    }
}

/// `goal-without-basis`: a goal has no `based_on`.
pub fn goal_without_basis(cx: &mut RuleContext<'_>) {
    for goal in &cx.plan.goals {
        if goal.based_on.as_ref().is_some_and(|b| !b.is_empty()) {
            continue;
        }
        let finding = Finding::at(
            Code::GoalWithoutBasis,
            goal.id.span,
            format!("goal {} rests on no guideline or anchoring", goal.id.value),
        )
        .label("no `based_on`")
        .help("add `based_on: [...]` naming the guidelines (laws, norms, plans) or anchoring decisions behind the goal");
        cx.push(finding);
    }
}

/// `indicator-incomplete`: an indicator has no baseline or no target.
pub fn indicator_incomplete(cx: &mut RuleContext<'_>) {
    for indicator in &cx.plan.indicators {
        let missing: Vec<&str> = [
            ("baseline", indicator.baseline.is_none()),
            ("target", indicator.target.is_none()),
        ]
        .into_iter()
        .filter(|(_, missing)| *missing)
        .map(|(name, _)| name)
        .collect();
        if missing.is_empty() {
            continue;
        }
        let finding = Finding::at(
            Code::IndicatorIncomplete,
            indicator.id.span,
            format!("indicator {} has no {}", indicator.id.value, missing.join(" and no ")),
        )
        .label("incomplete")
        .help("add `baseline: { year: 2024, value: 68 }` and `target: { year: 2028, value: 80 }` so progress can be judged");
        cx.push(finding);
    }
}

/// `measure-without-cost`: a measure has no `costs` (KS step 2: measures belong in the budget).
pub fn measure_without_cost(cx: &mut RuleContext<'_>) {
    for measure in &cx.plan.measures {
        if measure.costs.as_ref().is_some_and(|c| !c.is_empty()) {
            continue;
        }
        let finding = Finding::at(
            Code::MeasureWithoutCost,
            measure.id.span,
            format!("measure {} has no costs", measure.id.value),
        )
        .label("not in the budget")
        .help("add `costs` per year with `amount`, `funding` and `status`, so the measure can enter the budget and økonomiplan; a measure without cost may give `amount: 0`");
        cx.push(finding);
    }
}

/// A number without a needless `.0`.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
