//! The `strategy-mismatch` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::EntityKind;
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `strategy-mismatch`: the strategy by which a measure serves a need it names (the link's own
/// `strategy`, else the measure's) differs from the need's.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        for r in measure.needs.iter() {
            let Some(need) = cx.index.needs.get(r.value.id().value.as_str()) else {
                continue;
            };
            let (strategy, of_link) = match r.value.strategy() {
                Some(link) => (link, true),
                None => (&measure.strategy, false),
            };
            if need.strategy.value == strategy.value {
                continue;
            }
            let of = || entity(EntityKind::Need, &need.id.value);
            let who = entity(EntityKind::Measure, &measure.id.value);
            let how = msg!("strategy-value", strategy = strategy.value.as_str());
            let of_need = msg!("strategy-value", strategy = need.strategy.value.as_str());
            let (message, label) = if of_link {
                (
                    msg!(
                        "strategy-mismatch-link",
                        measure = who,
                        need = of(),
                        strategy = how,
                        of_need = of_need
                    ),
                    msg!("strategy-mismatch-label-link"),
                )
            } else {
                (
                    msg!(
                        "strategy-mismatch",
                        measure = who,
                        strategy = how,
                        need = of(),
                        of_need = of_need
                    ),
                    msg!("strategy-mismatch-label"),
                )
            };
            let finding = Finding::at(Code::StrategyMismatch, strategy.span, message)
                .label(label)
                .related(
                    need.strategy.span,
                    msg!("strategy-mismatch-of-need", need = of()),
                )
                .help(msg!("strategy-mismatch-help"));
            sink.push(finding);
        }
    }
}
