//! The `strategy-balance` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::model::Strategy;
use crate::plan::analysis;
use crate::validate::{RuleContext, Sink};

/// `strategy-balance`: no need and no measure uses the strategy `mobilise`. One finding, at the
/// `strategies` section when the plan has one, else at the first measure (or need); the message
/// gives the share of the plan's cost per strategy ([`analysis::budget`]).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let plan = cx.plan;
    if plan.incomplete {
        return; // the mobilise need may be in the file that failed to load
    }
    let mobilises = plan
        .needs
        .iter()
        .any(|n| n.strategy.value == Strategy::Mobilise)
        || plan.measures.iter().any(|m| {
            m.strategy.value == Strategy::Mobilise
                // A link of a mixed measure may mobilise for one need (`strategy` on the link).
                || m.needs
                    .iter()
                    .any(|l| l.value.strategy().is_some_and(|s| s.value == Strategy::Mobilise))
        });
    if mobilises {
        return;
    }
    // Where the plan speaks of strategies; with neither needs nor measures, missing-step speaks.
    let Some(span) = plan
        .strategies
        .first()
        .map(|s| s.span)
        .or_else(|| plan.measures.first().map(|m| m.strategy.span))
        .or_else(|| plan.needs.first().map(|n| n.strategy.span))
    else {
        return;
    };
    let budget = analysis::budget(plan);
    let shares = if budget.total > 0 {
        let parts: Vec<String> = budget
            .by_strategy
            .iter()
            .map(|(strategy, amount)| {
                let percent = *amount as f64 * 100.0 / budget.total as f64;
                format!("{} {:.0} %", strategy.as_str(), percent)
            })
            .collect();
        format!("the plan's cost by strategy: {}", parts.join(", "))
    } else {
        "the plan has no costs yet".to_owned()
    };
    sink.push(
        Finding::at(
            Code::StrategyBalance,
            span,
            format!("no need or measure mobilises the competence the staff already has; {shares}"),
        )
        .label("no mobilise")
        .help("look first at what the employees already know and can do more of (KS step 6; Lai: mobilise before you acquire or develop): add a need or a measure with strategy: mobilise, e.g. wider use of specialists or a job rotation"),
    );
}
