//! Helpers used by more than one rule. No rule lives here: each is in the folder named like its
//! code.

use crate::diag::{Arg, Msg};
use crate::model::{EntityKind, Need};
use crate::msg;
use crate::plan::Owner;
use crate::validate::RuleContext;

/// A number without a needless `.0`.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// A figure as a message gives it: at most one decimal (årsverk converted by position size
/// have many).
pub fn fmt_rounded(x: f64) -> String {
    fmt_num((x * 10.0).round() / 10.0)
}

/// The kind as a message names it: "goal", "mål".
pub fn kind(kind: EntityKind) -> Msg {
    msg!("kind", kind = kind.key())
}

/// The kind with its indefinite article: "a goal", "et mål".
pub fn kind_a(kind: EntityKind) -> Msg {
    msg!("kind-a", kind = kind.key())
}

/// One entity: "measure T1", "tiltak T1".
pub fn entity(kind: EntityKind, id: &str) -> Msg {
    msg!("entity", kind = self::kind(kind), id = id)
}

/// The owner of a reference: an entity, or a workforce row.
pub fn owner(owner: &Owner<'_>) -> Msg {
    match owner {
        Owner::Entity(k, id) => entity(*k, id),
        Owner::Workforce => msg!("entity-workforce-row"),
    }
}

/// The kinds a reference expects, as a list: "a goal or a need", "et mål eller et behov".
pub fn expected_kinds_list(expected: &[EntityKind]) -> Arg {
    Arg::or(expected.iter().map(|k| kind_a(*k)))
}

/// The kinds a reference expects, as a message names them ("a goal or a need").
pub fn expected_kinds(expected: &[EntityKind]) -> String {
    expected
        .iter()
        .map(|k| k.with_article())
        .collect::<Vec<_>>()
        .join(" or ")
}

/// The sum of the `closes` the measures of `need` give for it; `None` when it has no measure or
/// none gives `closes` (a plain reference claims no share).
pub fn closes_given(cx: &RuleContext<'_>, need: &Need) -> Option<f64> {
    let measures = cx.index.measures_of_need.get(need.id.value.as_str())?;
    let contributions: Vec<f64> = measures
        .iter()
        .flat_map(|m| m.needs.iter())
        .filter(|r| r.value.id().value == need.id.value)
        .filter_map(|r| r.value.closes().map(|c| c.value))
        .collect();
    (!contributions.is_empty()).then(|| contributions.iter().sum())
}

/// The funding source of this id (the first, if the id is duplicated).
pub fn funding<'a>(cx: &RuleContext<'a>, id: &str) -> Option<&'a crate::model::Funding> {
    cx.plan
        .funding
        .iter()
        .find(|f| f.id.value == id)
        .map(|f| &f.value)
}
