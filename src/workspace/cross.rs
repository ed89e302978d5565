//! The rules that need several plans: plan ids and parents (`workspace`), references `PLANID:ID`
//! (`unknown-reference`, `wrong-reference-kind`, `contributes-to-non-ancestor`), periods
//! (`period-outside-parent`), the overall goals no sector carries (`parent-goal-not-served`), and
//! which of each member's own findings the planverk answers (carried goals, entities used by
//! other plans, the note that a reference could not be checked alone).

use std::collections::{HashMap, HashSet};

use super::split_reference;
use crate::diag::{Code, Finding, did_you_mean};
use crate::model::{EntityKind, Plan, Spanned};
use crate::msg;
use crate::plan::Index;
use crate::source::Span;
use crate::validate::rules::shared::{entity, expected_kinds_list, kind_a};

/// One member as the cross-plan rules see it.
pub struct MemberView<'a> {
    /// The plan id: `[plan] id`, else the folder's name.
    pub id: String,
    /// Where the id is written, when `[plan] id` is.
    pub id_span: Option<Span>,
    /// The plan.
    pub plan: &'a Plan,
}

/// What the planverk adds to and takes from its members' findings.
#[derive(Default)]
pub struct CrossFindings {
    /// New findings: `(member, finding)`, the member's spans; `None` for the workspace's own.
    pub added: Vec<(Option<usize>, Finding)>,
    /// Member findings the planverk answers: `(member, code, primary span)`.
    pub answered: HashSet<(usize, Code, Span)>,
}

/// Runs the cross-plan rules over the members (in member order).
pub fn check(members: &[MemberView<'_>]) -> CrossFindings {
    let mut out = CrossFindings::default();
    let indexes: Vec<Index<'_>> = members.iter().map(|m| Index::new(m.plan)).collect();
    // Plan ids: the first member with an id owns it.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        if !crate::validate::rules::is_valid_id(&m.id) {
            out.added.push((
                Some(i),
                at_plan(
                    m,
                    Code::Workspace,
                    msg!("workspace-invalid-id", id = m.id.as_str()),
                )
                .label(msg!("workspace-invalid-id-label"))
                .help(msg!("workspace-invalid-id-help")),
            ));
        }
        if by_id.contains_key(m.id.as_str()) {
            out.added.push((
                Some(i),
                at_plan(
                    m,
                    Code::Workspace,
                    msg!("workspace-duplicate-id", id = m.id.as_str()),
                )
                .label(msg!("workspace-duplicate-id-label"))
                .help(msg!("workspace-duplicate-id-help")),
            ));
        } else {
            by_id.insert(&m.id, i);
        }
    }
    // Parents, with their cycles broken: a member in a cycle has no ancestors.
    let mut parent: Vec<Option<usize>> = vec![None; members.len()];
    for (i, m) in members.iter().enumerate() {
        let Some(p) = parent_of(m.plan) else { continue };
        match by_id.get(p.value.as_str()) {
            Some(&j) => parent[i] = Some(j),
            None => {
                let help = match did_you_mean(&p.value, by_id.keys().copied()) {
                    Some(s) => msg!("workspace-unknown-parent-did-you-mean", suggestion = s),
                    None => msg!("workspace-unknown-parent-help"),
                };
                out.added.push((
                    Some(i),
                    Finding::at(
                        Code::Workspace,
                        p.span,
                        msg!("workspace-unknown-parent", id = p.value.as_str()),
                    )
                    .label(msg!("workspace-unknown-parent-label"))
                    .help(help),
                ));
            }
        }
    }
    let mut in_cycle = vec![false; members.len()];
    for start in 0..members.len() {
        let mut seen = vec![start];
        let mut at = parent[start];
        while let Some(p) = at {
            if p == start {
                in_cycle[start] = true;
                break;
            }
            if seen.contains(&p) {
                break;
            }
            seen.push(p);
            at = parent[p];
        }
    }
    for (i, m) in members.iter().enumerate() {
        if in_cycle[i] {
            let mut names = vec![m.id.clone()];
            let mut at = parent[i];
            while let Some(p) = at {
                names.push(members[p].id.clone());
                if p == i {
                    break;
                }
                at = parent[p];
            }
            let span = parent_of(m.plan).map(|p| p.span);
            if let Some(span) = span {
                out.added.push((
                    Some(i),
                    Finding::at(
                        Code::Workspace,
                        span,
                        msg!("workspace-parent-cycle", cycle = names.join(" → ")),
                    )
                    .label(msg!("workspace-parent-cycle-label"))
                    .help(msg!("workspace-parent-cycle-help")),
                ));
            }
        }
    }
    for (i, &c) in in_cycle.iter().enumerate() {
        if c {
            parent[i] = None;
        }
    }
    let ancestors = |i: usize| {
        let mut list = Vec::new();
        let mut at = parent[i];
        while let Some(p) = at {
            if list.contains(&p) || p == i {
                break;
            }
            list.push(p);
            at = parent[p];
        }
        list
    };

    // References `PLANID:ID`, and the goals they carry: (target member, goal id) → contributors.
    let mut contributors: HashMap<(usize, &str), Vec<(usize, &str)>> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        let mine = ancestors(i);
        for goal in &m.plan.goals {
            let refs = [
                (
                    goal.contributes_to.as_ref(),
                    "contributes_to",
                    &[EntityKind::Goal][..],
                ),
                (
                    goal.based_on.as_ref(),
                    "based_on",
                    &[
                        EntityKind::Ambition,
                        EntityKind::Guideline,
                        EntityKind::Anchoring,
                    ][..],
                ),
            ];
            for (list, field, expected) in refs {
                for r in list.iter().flat_map(|l| l.value.iter()) {
                    let Some((plan_id, id)) = split_reference(&r.value) else {
                        continue;
                    };
                    let from = entity(EntityKind::Goal, &goal.id.value);
                    let Some(&target) = by_id.get(plan_id) else {
                        let help = match did_you_mean(plan_id, by_id.keys().copied()) {
                            Some(s) => {
                                msg!("unknown-reference-did-you-mean", id = format!("{s}:{id}"))
                            }
                            None => msg!("workspace-unknown-parent-help"),
                        };
                        out.added.push((
                            Some(i),
                            unknown_reference(from, r, field, expected).help(help),
                        ));
                        continue;
                    };
                    if !mine.contains(&target) {
                        out.added.push((
                            Some(i),
                            Finding::at(
                                Code::ContributesToNonAncestor,
                                r.span,
                                msg!(
                                    "contributes-to-non-ancestor",
                                    goal = from,
                                    reference = r.value.as_str(),
                                    field = field,
                                    plan = plan_id
                                ),
                            )
                            .label(msg!("contributes-to-non-ancestor-label"))
                            .help(msg!("contributes-to-non-ancestor-help")),
                        ));
                        continue;
                    }
                    let index = &indexes[target];
                    match index.ids.get(id) {
                        Some((kind, _)) if expected.contains(kind) => {
                            if field == "contributes_to" {
                                contributors
                                    .entry((target, id))
                                    .or_default()
                                    .push((i, goal.id.value.as_str()));
                            }
                            out.answered.insert((target, Code::Unused, index.ids[id].1));
                        }
                        Some((kind, _)) => out.added.push((
                            Some(i),
                            Finding::at(
                                Code::WrongReferenceKind,
                                r.span,
                                msg!(
                                    "wrong-reference-kind",
                                    id = r.value.as_str(),
                                    actual = kind_a(*kind),
                                    field = field,
                                    from = from,
                                    kinds = expected_kinds_list(expected)
                                ),
                            )
                            .label(msg!(
                                "wrong-reference-kind-label",
                                kinds = expected_kinds_list(expected)
                            ))
                            .help(msg!(
                                "wrong-reference-kind-help",
                                kinds = expected_kinds_list(expected)
                            )),
                        )),
                        None => {
                            let candidates: Vec<&str> = {
                                let mut c: Vec<&str> = index
                                    .ids
                                    .iter()
                                    .filter(|(_, (k, _))| expected.contains(k))
                                    .map(|(id, _)| *id)
                                    .collect();
                                c.sort_unstable();
                                c
                            };
                            let help = match did_you_mean(id, candidates.iter().copied()) {
                                Some(s) => msg!(
                                    "unknown-reference-did-you-mean",
                                    id = format!("{plan_id}:{s}")
                                ),
                                None => msg!(
                                    "unknown-reference-use-or-define",
                                    kinds = expected_kinds_list(expected),
                                    id = id,
                                    section = expected[0].section().name()
                                ),
                            };
                            out.added.push((
                                Some(i),
                                unknown_reference(from, r, field, expected).help(help),
                            ));
                        }
                    }
                }
            }
        }
    }

    // Periods within the parent's.
    for (i, m) in members.iter().enumerate() {
        let (Some(p), Some(meta)) = (parent[i], m.plan.manifest.as_ref()) else {
            continue;
        };
        let Some(pmeta) = members[p].plan.manifest.as_ref() else {
            continue;
        };
        let (own, theirs) = (&meta.plan.period.value, &pmeta.plan.period.value);
        if own.start.value < theirs.start.value || own.end.value > theirs.end.value {
            out.added.push((
                Some(i),
                Finding::at(
                    Code::PeriodOutsideParent,
                    meta.plan.period.span,
                    msg!(
                        "period-outside-parent",
                        start = own.start.value,
                        end = own.end.value,
                        parent = members[p].id.as_str(),
                        pstart = theirs.start.value,
                        pend = theirs.end.value
                    ),
                )
                .label(msg!("period-outside-parent-label"))
                .help(msg!("period-outside-parent-help")),
            ));
        }
    }

    // Carried goals: a goal with a contributing child goal that has needs (and measures), or is
    // itself carried.
    let has_need = |m: usize, goal: &str| indexes[m].needs_of_goal.contains_key(goal);
    let has_measure = |m: usize, goal: &str| {
        indexes[m].needs_of_goal.get(goal).is_some_and(|needs| {
            needs.iter().any(|n| {
                indexes[m]
                    .measures_of_need
                    .contains_key(n.id.value.as_str())
            })
        })
    };
    fn carried(
        at: (usize, &str),
        own: &dyn Fn(usize, &str) -> bool,
        contributors: &HashMap<(usize, &str), Vec<(usize, &str)>>,
        depth: usize,
    ) -> bool {
        depth < 64
            && contributors.get(&at).is_some_and(|list| {
                list.iter()
                    .any(|&(m, g)| own(m, g) || carried((m, g), own, contributors, depth + 1))
            })
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); members.len()];
    for (i, p) in parent.iter().enumerate() {
        if let Some(p) = p {
            children[*p].push(i);
        }
    }
    for (i, m) in members.iter().enumerate() {
        for goal in &m.plan.goals {
            let id = goal.id.value.as_str();
            if carried((i, id), &has_need, &contributors, 0) {
                out.answered
                    .insert((i, Code::GoalWithoutNeed, goal.id.span));
            }
            if carried((i, id), &has_measure, &contributors, 0) {
                out.answered
                    .insert((i, Code::GoalWithoutMeasure, goal.id.span));
            }
            if !children[i].is_empty() && !contributors.contains_key(&(i, id)) && !has_need(i, id) {
                let names: Vec<&str> = children[i]
                    .iter()
                    .map(|&c| members[c].id.as_str())
                    .collect();
                out.added.push((
                    Some(i),
                    Finding::at(
                        Code::ParentGoalNotServed,
                        goal.id.span,
                        msg!(
                            "parent-goal-not-served",
                            goal = entity(EntityKind::Goal, id),
                            children = names
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                    .label(msg!("parent-goal-not-served-label"))
                    .help(msg!(
                        "parent-goal-not-served-help",
                        reference = format!("{}:{id}", m.id)
                    )),
                ));
            }
        }
    }
    // Every cross-plan reference is checked here: the note of a plan checked alone goes.
    for (i, m) in members.iter().enumerate() {
        for goal in &m.plan.goals {
            for list in [goal.contributes_to.as_ref(), goal.based_on.as_ref()] {
                for r in list.iter().flat_map(|l| l.value.iter()) {
                    if split_reference(&r.value).is_some() {
                        out.answered.insert((i, Code::CrossPlanReference, r.span));
                    }
                }
            }
        }
    }
    out
}

/// `unknown-reference` for a reference `PLANID:ID` that names no plan, or no entity of its plan;
/// the caller adds the help.
fn unknown_reference(
    from: crate::diag::Msg,
    r: &Spanned<String>,
    field: &str,
    expected: &[EntityKind],
) -> Finding {
    Finding::at(
        Code::UnknownReference,
        r.span,
        msg!(
            "unknown-reference",
            from = from,
            id = r.value.as_str(),
            field = field,
            kinds = expected_kinds_list(expected)
        ),
    )
    .label(msg!(
        "unknown-reference-label",
        kinds = expected_kinds_list(expected)
    ))
}

/// `[plan] parent`.
fn parent_of(plan: &Plan) -> Option<&Spanned<String>> {
    plan.manifest.as_ref()?.plan.parent.as_ref()
}

/// A finding about a member plan as a whole: at its `[plan] id`, else at its `[plan]` table.
fn at_plan(m: &MemberView<'_>, code: Code, message: crate::diag::Msg) -> Finding {
    let span = m
        .id_span
        .or_else(|| m.plan.manifest.as_ref().map(|man| man.plan.span));
    match span {
        Some(span) => Finding::at(code, span, message),
        None => Finding::new(code, None, message),
    }
}

/// The findings of a plan's references to other plans that can be made without them: a note per
/// `PLANID:ID` (checked only in the planverk), and an error for a `contributes_to` without a plan.
pub fn standalone(plan: &Plan) -> Vec<Finding> {
    let mut out = Vec::new();
    for goal in &plan.goals {
        let from = || entity(EntityKind::Goal, &goal.id.value);
        for (list, field) in [
            (goal.contributes_to.as_ref(), "contributes_to"),
            (goal.based_on.as_ref(), "based_on"),
        ] {
            for r in list.iter().flat_map(|l| l.value.iter()) {
                match split_reference(&r.value) {
                    Some((plan_id, id)) => out.push(
                        Finding::at(
                            Code::CrossPlanReference,
                            r.span,
                            msg!(
                                "cross-plan-reference",
                                goal = from(),
                                reference = id,
                                plan = plan_id
                            ),
                        )
                        .label(msg!("cross-plan-reference-label"))
                        .help(msg!("cross-plan-reference-help")),
                    ),
                    None if field == "contributes_to" => out.push(
                        Finding::at(
                            Code::ContributesToNonAncestor,
                            r.span,
                            msg!(
                                "contributes-to-non-ancestor-local",
                                goal = from(),
                                reference = r.value.as_str()
                            ),
                        )
                        .label(msg!("contributes-to-non-ancestor-local-label"))
                        .help(msg!("contributes-to-non-ancestor-local-help")),
                    ),
                    None => {}
                }
            }
        }
    }
    out
}
