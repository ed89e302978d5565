//! Helpers used by more than one rule. No rule lives here: each is in the folder named like its
//! code.

use crate::diag::{Arg, Finding, Msg, did_you_mean};
use crate::model::{EntityKind, Need};
use crate::msg;
use crate::plan::{Owner, Reference};
use crate::validate::RuleContext;

/// A number without a needless `.0`.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
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

/// For the rules' unit tests: the findings of `check` on `plan`, with today 2026-11-27.
#[cfg(test)]
pub fn run_on(
    check: fn(&RuleContext<'_>, &mut crate::validate::Sink),
    plan: &crate::model::Plan,
) -> Vec<crate::diag::Finding> {
    let checked = crate::plan::Checked::new(plan);
    let sources = crate::source::Sources::default();
    let cx = RuleContext {
        plan,
        index: &checked.index,
        sources: &sources,
        today: crate::model::Date::parse("2026-11-27").unwrap(),
        withheld: &checked.withheld,
    };
    let mut sink = crate::validate::Sink::default();
    check(&cx, &mut sink);
    sink.into_findings()
}

/// For the rules' unit tests: every text of `findings` (message, help, labels) in every language.
#[cfg(test)]
pub fn texts_in_every_language(findings: &[crate::diag::Finding]) -> Vec<String> {
    let mut out = Vec::new();
    for lang in crate::text::Language::ALL {
        for f in findings {
            out.push(f.message_in(lang));
            out.push(f.help_in(lang));
            let labels = f.primary.iter().chain(&f.related);
            out.extend(
                labels
                    .filter_map(|l| l.message.as_ref())
                    .map(|m| m.text(lang)),
            );
        }
    }
    out
}

/// For the rules' unit tests: `value` at an empty span.
#[cfg(test)]
pub use crate::plan::fixtures::s as at_nowhere;

/// For the rules' unit tests: a workforce row of `unit` (`role`) with `employees` persons and
/// `fte` årsverk as of 2024-12-31, with no optional figure, every value at an empty span.
#[cfg(test)]
pub fn workforce_row(
    unit: &str,
    role: Option<&str>,
    employees: i64,
    fte: f64,
) -> crate::model::Spanned<crate::model::Workforce> {
    at_nowhere(crate::plan::fixtures::workforce(unit, role, employees, fte))
}

/// A figure rounded to one decimal, as a message gives it (årsverk converted by position size
/// have many); the language writes it (`1,5` / `1.5`).
pub fn rounded(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// What the unknown references (`unknown-reference`) say about entities that look unserved
/// because nothing refers to them: whether one of those references may have been meant for them.
pub enum Unknown<'r, 'a> {
    /// No unknown reference could have meant them.
    None,
    /// An unknown reference is a near miss of one of them: `unknown-reference` already asks
    /// "did you mean …?", so the consequence is left out.
    NearMiss,
    /// Unknown references that are near no id at all: any of them may have been meant for them.
    Maybe(Vec<&'r Reference<'a>>),
}

/// The unknown references that expect `kind` and may have been meant for one of `ids` (of that
/// kind). A reference whose closest id (as `unknown-reference` finds it) is one of `ids` is a
/// near miss; one that is close to another id was meant for that one and is left out.
pub fn unknown_references_for<'r, 'a>(
    cx: &'r RuleContext<'a>,
    kind: EntityKind,
    ids: &[&str],
) -> Unknown<'r, 'a> {
    let mut maybe = Vec::new();
    for r in &cx.index.refs {
        let id = r.id.value.as_str();
        if !r.expected.contains(&kind)
            || cx.index.ids.contains_key(id)
            || cx.index.unreadable.contains_key(id)
        {
            continue;
        }
        // The candidates `unknown-reference` suggests from.
        let candidates = cx
            .index
            .ids
            .iter()
            .filter(|(_, (k, _))| r.expected.contains(k))
            .map(|(id, _)| *id)
            .chain(cx.index.unreadable.keys().copied());
        match did_you_mean(id, candidates) {
            Some(near) if ids.contains(&near) => return Unknown::NearMiss,
            Some(_) => {}
            None => maybe.push(r),
        }
    }
    if maybe.is_empty() {
        Unknown::None
    } else {
        Unknown::Maybe(maybe)
    }
}

/// `finding` with the unknown references that may have been meant for `meant` (ids of entities
/// of `kind`): its message says it may be caused by the first, and each is shown as a related
/// place that asks whether one of `meant` should be written there.
pub fn maybe_caused_by(
    mut finding: Finding,
    refs: &[&Reference<'_>],
    kind: EntityKind,
    meant: &[&str],
) -> Finding {
    let Some(first) = refs.first() else {
        return finding;
    };
    finding.message = msg!(
        "cause-unknown-reference",
        message = finding.message.clone(),
        from = owner(&first.from),
        id = first.id.value.as_str(),
        kind = self::kind(kind)
    );
    let meant = Arg::or(
        meant
            .iter()
            .map(|id| msg!("cause-unknown-reference-id", id = *id)),
    );
    for r in refs {
        finding = finding.related(
            r.id.span,
            msg!(
                "cause-unknown-reference-label",
                kind = self::kind(kind),
                meant = meant.clone()
            ),
        );
    }
    finding
}
