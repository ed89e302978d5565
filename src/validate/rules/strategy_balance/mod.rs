//! The `strategy-balance` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Arg, Code, Finding};
use crate::model::Strategy;
use crate::msg;
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
    let message = if budget.total > 0 {
        let shares = budget.by_strategy.iter().map(|(strategy, amount)| {
            let percent = *amount as f64 * 100.0 / budget.total as f64;
            msg!(
                "strategy-balance-share",
                strategy = strategy.as_str(),
                percent = percent.round()
            )
        });
        msg!("strategy-balance", shares = Arg::and(shares))
    } else {
        msg!("strategy-balance-no-costs")
    };
    sink.push(
        Finding::at(Code::StrategyBalance, span, message)
            .label(msg!("strategy-balance-label"))
            .help(msg!("strategy-balance-help")),
    );
}
