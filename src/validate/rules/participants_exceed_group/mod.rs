//! The `participants-exceed-group` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::BTreeMap;

use super::shared::entity;
use crate::diag::{Code, Finding};
use crate::model::{Date, EntityKind, Plan};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `participants-exceed-group`: a measure's `participants` exceed the employees of its
/// `target_group`, in its `unit` when it names one.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for measure in &cx.plan.measures {
        let (Some(participants), Some(role)) = (&measure.participants, &measure.target_group)
        else {
            continue;
        };
        let unit = measure.unit.as_ref().map(|u| u.value.as_str());
        let Some(rows) = employees_of(cx.plan, &role.value, unit) else {
            continue; // no workforce row of the group
        };
        let employees = rows
            .iter()
            .map(|&i| cx.plan.workforce[i].employees.value)
            .fold(0i64, i64::saturating_add);
        if participants.value <= employees {
            continue;
        }
        let group = match unit {
            Some(unit) => msg!(
                "participants-exceed-group-in-unit",
                role = &role.value,
                unit = unit
            ),
            None => msg!("participants-exceed-group-role", role = &role.value),
        };
        let measure_name = entity(EntityKind::Measure, &measure.id.value);
        let withheld = rows
            .iter()
            .any(|&i| cx.withheld.get(i).copied().unwrap_or(true));
        // A withheld row's figure is not stated, nor the participants that bound it.
        let finding = if withheld {
            Finding::at(
                Code::ParticipantsExceedGroup,
                participants.span,
                msg!(
                    "participants-exceed-group-withheld",
                    measure = measure_name,
                    group = group
                ),
            )
            .label(msg!("participants-exceed-group-withheld-label"))
        } else {
            Finding::at(
                Code::ParticipantsExceedGroup,
                participants.span,
                msg!(
                    "participants-exceed-group",
                    measure = measure_name,
                    participants = participants.value,
                    group = group,
                    employees = employees
                ),
            )
            .label(msg!(
                "participants-exceed-group-label",
                employees = employees
            ))
        };
        sink.push(
            finding
                .related(role.span, msg!("participants-exceed-group-target-group"))
                .help(msg!("participants-exceed-group-help")),
        );
    }
}

/// The workforce rows (indices) that count the employees of `role`, in `unit` when given: the
/// rows of each unit's latest `as_of`, and without `unit` not a row whose unit lies below a unit
/// with a row of the role (that row includes it). `None` when no row has the role.
fn employees_of(plan: &Plan, role: &str, unit: Option<&str>) -> Option<Vec<usize>> {
    let population: Vec<(usize, &str, Date)> = plan
        .workforce
        .iter()
        .enumerate()
        .filter(|(_, row)| row.role.as_ref().is_some_and(|r| r.value == role))
        .filter(|(_, row)| unit.is_none_or(|u| u == row.unit.value))
        .map(|(i, row)| (i, row.unit.value.as_str(), row.as_of.value))
        .collect();
    let mut latest: BTreeMap<&str, Date> = BTreeMap::new();
    for &(_, u, date) in &population {
        let d = latest.entry(u).or_insert(date);
        *d = (*d).max(date);
    }
    let parents: BTreeMap<&str, &str> = plan
        .units
        .iter()
        .filter_map(|u| Some((u.id.value.as_str(), u.parent.as_ref()?.value.as_str())))
        .collect();
    let rows: Vec<usize> = population
        .iter()
        .filter(|&&(_, u, date)| latest.get(u) == Some(&date))
        .filter(|&&(_, u, _)| {
            unit.is_some()
                || !crate::plan::privacy::ancestors(&parents, u)
                    .iter()
                    .skip(1)
                    .any(|a| latest.contains_key(a))
        })
        .map(|&(i, _, _)| i)
        .collect();
    (!rows.is_empty()).then_some(rows)
}
