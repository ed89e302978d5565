//! Rules on references: they resolve, to the right kind, and every definition is used.

use std::collections::{HashMap, HashSet};

use crate::diag::{Code, Finding, did_you_mean};
use crate::model::EntityKind;
use crate::validate::RuleContext;

fn expected_kinds(expected: &[EntityKind]) -> String {
    expected
        .iter()
        .map(|k| k.with_article())
        .collect::<Vec<_>>()
        .join(" or ")
}

/// `unknown-reference`: a reference names no entity; the closest id of the right kind is offered.
pub fn unknown_reference(cx: &mut RuleContext<'_>) {
    if cx.plan.unparsed_files {
        return; // the ids of the unparsed file are unknown
    }
    let mut found = Vec::new();
    // The ids a reference could have meant, gathered once per set of expected kinds.
    let mut candidates_for: HashMap<&[EntityKind], Vec<&str>> = HashMap::new();
    for r in &cx.index.refs {
        let id = r.id.value.as_str();
        if cx.index.ids.contains_key(id) || cx.index.unreadable.contains_key(id) {
            continue;
        }
        let candidates = candidates_for.entry(r.expected).or_insert_with(|| {
            let mut ids: Vec<&str> = cx
                .index
                .ids
                .iter()
                .filter(|(_, (kind, _))| r.expected.contains(kind))
                .map(|(id, _)| *id)
                .chain(cx.index.unreadable.keys().copied())
                .collect();
            ids.sort_unstable();
            ids
        });
        let kinds = expected_kinds(r.expected);
        let help = match did_you_mean(id, candidates.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if candidates.is_empty() => format!(
                "define {kinds} with id `{id}` in `{}`",
                r.expected[0].section()
            ),
            None => format!(
                "use the id of {kinds}, or define `{id}` in `{}`",
                r.expected[0].section()
            ),
        };
        found.push(
            Finding::at(
                Code::UnknownReference,
                r.id.span,
                format!(
                    "{} refers to `{id}` in `{}`, but no entity has that id",
                    r.from, r.field
                ),
            )
            .label(format!("expected {kinds}"))
            .help(help),
        );
    }
    found.into_iter().for_each(|f| cx.push(f));
}

/// `wrong-reference-kind`: a reference names an entity of another kind ("T1 is a measure,
/// expected a goal").
pub fn wrong_reference_kind(cx: &mut RuleContext<'_>) {
    let mut found = Vec::new();
    for r in &cx.index.refs {
        let Some(&(kind, span)) = cx.index.ids.get(r.id.value.as_str()) else {
            continue;
        };
        let duplicates = cx.index.duplicated.get(r.id.value.as_str());
        if r.expected.contains(&kind)
            || duplicates.is_some_and(|k| k.iter().any(|k| r.expected.contains(k)))
        {
            continue; // a duplicated id is reported once, by duplicate-id
        }
        let kinds = expected_kinds(r.expected);
        found.push(
            Finding::at(
                Code::WrongReferenceKind,
                r.id.span,
                format!(
                    "`{}` is {}, but `{}` of {} expects {kinds}",
                    r.id.value,
                    kind.with_article(),
                    r.field,
                    r.from
                ),
            )
            .label(format!("expected {kinds}"))
            .related(
                span,
                format!(
                    "`{}` is defined here as {}",
                    r.id.value,
                    kind.with_article()
                ),
            )
            .help(format!("name {kinds} here")),
        );
    }
    found.into_iter().for_each(|f| cx.push(f));
}

/// `unused`: a unit, role, competence area, guideline, ambition, funding source or indicator is
/// defined but never referenced.
pub fn unused(cx: &mut RuleContext<'_>) {
    use EntityKind as K;
    if cx.plan.incomplete {
        return;
    }
    let used: HashSet<&str> = cx.index.refs.iter().map(|r| r.id.value.as_str()).collect();
    let mut found = Vec::new();
    for (id, kind) in cx.plan.ids() {
        let checked = matches!(
            kind,
            K::Unit
                | K::Role
                | K::CompetenceArea
                | K::Guideline
                | K::Ambition
                | K::Funding
                | K::Indicator
        );
        if !checked || used.contains(id.value.as_str()) {
            continue;
        }
        let how = match kind {
            K::Unit => "a need, measure, workforce row or child unit",
            K::Role => "a need (`role`), measure (`target_group`) or workforce row",
            K::CompetenceArea => "a need (`area`)",
            K::Guideline => "a goal (`based_on`)",
            K::Ambition => "a goal (`ambition`)",
            K::Funding => "a measure cost (`funding`)",
            _ => "a goal or measure (`indicators`)",
        };
        found.push(
            Finding::at(
                Code::Unused,
                id.span,
                format!("{} `{}` is never referenced", kind.noun(), id.value),
            )
            .label("defined but not used")
            .help(format!("refer to it from {how}, or remove it")),
        );
    }
    found.into_iter().for_each(|f| cx.push(f));
}
