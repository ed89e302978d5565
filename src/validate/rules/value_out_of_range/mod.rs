//! The `value-out-of-range` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::{entity, fmt_num};
use crate::diag::{Arg, Code, Finding, Msg};
use crate::model::{EntityKind, IndicatorQuantity, NeedQuantity, Spanned};
use crate::msg;
use crate::source::Span;
use crate::validate::{RuleContext, Sink};

/// Years outside this range are typos.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2200;

/// The largest amount one cost may have, in kroner: a thousand billion (10^12), some ten times the
/// yearly budget of the largest municipality. Bounding every amount keeps the sums of a plan's
/// costs far from the limits of the numbers they are computed with.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// The largest count of persons kplan accepts (employees, an age band, departures, participants):
/// a million, some twenty times the staff of the largest municipality. The age bands of a row
/// together may not exceed it either.
pub const MAX_PERSONS: i64 = 1_000_000;

/// Checks one value at a time against its range and reports into the sink. Each check words its
/// finding as a whole sentence about `what` (a message naming the value: "`current` of need B1"),
/// and echoes the value as the file gives it.
struct Ranges<'s> {
    sink: &'s mut Sink,
    /// The values checked are of a withheld workforce row: no message states them, as a warning
    /// (the rule's level can be lowered) is listed in the document.
    withheld: bool,
}

impl Ranges<'_> {
    fn fail(&mut self, span: Span, message: Msg, help: Msg) {
        self.sink.push(
            Finding::at(Code::ValueOutOfRange, span, message)
                .label(msg!("value-out-of-range-label"))
                .help(help),
        );
    }

    fn count(&mut self, what: Msg, v: &Spanned<i64>) {
        if v.value < 0 {
            self.fail(
                v.span,
                if self.withheld {
                    msg!("value-out-of-range-negative-withheld", what = what)
                } else {
                    msg!(
                        "value-out-of-range-negative",
                        what = what,
                        value = v.value.to_string()
                    )
                },
                msg!("value-out-of-range-count-help"),
            );
        } else if v.value > MAX_PERSONS {
            self.fail(
                v.span,
                if self.withheld {
                    msg!(
                        "value-out-of-range-persons-withheld",
                        what = what,
                        max = MAX_PERSONS
                    )
                } else {
                    msg!(
                        "value-out-of-range-persons",
                        what = what,
                        value = v.value.to_string(),
                        max = MAX_PERSONS
                    )
                },
                msg!("value-out-of-range-persons-help"),
            );
        }
    }

    fn number(&mut self, what: Msg, v: &Spanned<f64>) {
        if v.value < 0.0 || !v.value.is_finite() {
            self.fail(
                v.span,
                if self.withheld {
                    msg!("value-out-of-range-negative-or-nan-withheld", what = what)
                } else if !v.value.is_finite() {
                    msg!("value-out-of-range-not-a-number", what = what)
                } else {
                    msg!(
                        "value-out-of-range-negative",
                        what = what,
                        value = fmt_num(v.value)
                    )
                },
                msg!("value-out-of-range-number-help"),
            );
        }
    }

    fn amount(&mut self, what: Msg, v: &Spanned<i64>) {
        if v.value < 0 {
            self.fail(
                v.span,
                msg!(
                    "value-out-of-range-negative",
                    what = what,
                    value = Arg::Money(v.value)
                ),
                msg!("value-out-of-range-negative-amount-help"),
            );
        } else if v.value > MAX_AMOUNT {
            self.fail(
                v.span,
                msg!(
                    "value-out-of-range-amount",
                    what = what,
                    value = Arg::Money(v.value),
                    max = Arg::Money(MAX_AMOUNT)
                ),
                msg!("value-out-of-range-amount-help"),
            );
        }
    }

    fn percent(&mut self, what: Msg, v: &Spanned<f64>) {
        if !(0.0..=100.0).contains(&v.value) {
            self.fail(
                v.span,
                if self.withheld {
                    msg!("value-out-of-range-percent-withheld", what = what)
                } else {
                    msg!(
                        "value-out-of-range-percent",
                        what = what,
                        value = fmt_num(v.value)
                    )
                },
                msg!("value-out-of-range-percent-help"),
            );
        }
    }

    fn year(&mut self, what: Msg, v: &Spanned<i64>) {
        if !YEARS.contains(&v.value) {
            self.fail(
                v.span,
                msg!(
                    "value-out-of-range-year",
                    what = what,
                    value = v.value.to_string()
                ),
                msg!("value-out-of-range-year-help"),
            );
        }
    }

    /// A year that is the key of a per-year map (`departures`, `places`): `message` says what is
    /// given for it, and gets the year as `$year`.
    fn year_key(&mut self, message: Msg, year: &Spanned<crate::model::YearKey>) {
        if !YEARS.contains(&year.value.0) {
            self.fail(
                year.span,
                message.arg("year", year.value.0.to_string()),
                msg!("value-out-of-range-year-help"),
            );
        }
    }
}

/// "`field` of entity": a field of an entity, as a check names it.
fn field_of(field: &str, kind: EntityKind, id: &str) -> Msg {
    msg!(
        "value-out-of-range-field-of",
        field = field,
        entity = entity(kind, id)
    )
}

/// `value-out-of-range`: negative count or amount, percent outside 0–100, `fte` > `employees`, a
/// year outside 1900–2200 (and a municipality number that is not four digits).
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let mut r = Ranges {
        sink,
        withheld: false,
    };
    if let Some(manifest) = &cx.plan.manifest {
        let meta = &manifest.plan.value;
        r.year(msg!("value-out-of-range-period-start"), &meta.period.start);
        r.year(msg!("value-out-of-range-period-end"), &meta.period.end);
        if let Some(number) = &meta.municipality_number {
            let ok = number.value.len() == 4 && number.value.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                r.fail(
                    number.span,
                    msg!(
                        "value-out-of-range-municipality-number",
                        number = &number.value
                    ),
                    msg!("value-out-of-range-municipality-number-help"),
                );
            }
        }
        if let Some(revision) = &meta.revision {
            for (field, v) in [
                ("plan_interval_years", &revision.plan_interval_years),
                ("action_interval_years", &revision.action_interval_years),
            ] {
                if let Some(v) = v
                    && v.value < 1
                {
                    r.fail(
                        v.span,
                        msg!(
                            "value-out-of-range-interval",
                            field = field,
                            value = v.value.to_string()
                        ),
                        msg!("value-out-of-range-interval-help"),
                    );
                }
            }
        }
        if let Some(threshold) = manifest
            .render
            .as_ref()
            .and_then(|r| r.privacy_threshold.as_ref())
        {
            r.count(
                msg!("value-out-of-range-field", field = "privacy_threshold"),
                threshold,
            );
        }
        if let Some(population) = &meta.population {
            r.count(msg!("value-out-of-range-population"), population);
        }
    }
    let mut withheld = cx.withheld.iter().copied();
    for row in &cx.plan.workforce {
        let withheld = withheld.next().unwrap_or(true);
        let name = crate::plan::privacy::row_name(row);
        let of_row = |field: &str| msg!("value-out-of-range-row-field", field = field, row = &name);
        r.withheld = withheld;
        r.count(of_row("employees"), &row.employees);
        r.number(of_row("fte"), &row.fte);
        if row.fte.value > row.employees.value as f64 {
            r.fail(
                row.fte.span,
                if withheld {
                    // No figure of a withheld row, in any output.
                    msg!("value-out-of-range-fte-withheld", row = &name)
                } else {
                    msg!(
                        "value-out-of-range-fte",
                        row = &name,
                        fte = row.fte.value,
                        employees = row.employees.value
                    )
                },
                msg!("value-out-of-range-fte-help"),
            );
        }
        for (field, v) in [
            ("formal_competence", &row.formal_competence),
            ("part_time", &row.part_time),
            ("turnover", &row.turnover),
            ("sick_leave", &row.sick_leave),
            ("unwanted_part_time", &row.unwanted_part_time),
        ] {
            if let Some(v) = v {
                r.percent(of_row(field), v);
            }
        }
        if let Some(v) = &row.vacancies {
            r.number(of_row("vacancies"), v);
        }
        let bands = row.age.iter().flat_map(|a| a.value.0.iter());
        for (band, n) in bands.clone() {
            r.count(
                msg!(
                    "value-out-of-range-age-band",
                    band = &band.value,
                    row = &name
                ),
                n,
            );
        }
        // Bands out of range are reported above; the others may still add up to too many.
        let bands = bands.filter(|(_, n)| (0..=MAX_PERSONS).contains(&n.value));
        if let Some(i) = first_above(bands.clone().map(|(_, n)| n.value), MAX_PERSONS) {
            let (band, n) = bands.clone().nth(i).expect("a band at the index found");
            r.fail(
                n.span,
                msg!(
                    "value-out-of-range-age-bands",
                    row = &name,
                    max = MAX_PERSONS,
                    band = &band.value
                ),
                msg!("value-out-of-range-age-bands-help"),
            );
        }
        for (year, n) in row.departures.iter().flat_map(|d| d.value.0.iter()) {
            if withheld {
                // Even the year would tell when one of a small group leaves.
                if !YEARS.contains(&year.value.0) {
                    r.fail(
                        year.span,
                        msg!("value-out-of-range-departures-year-withheld", row = &name),
                        msg!("value-out-of-range-year-help"),
                    );
                }
                r.count(
                    msg!("value-out-of-range-departures-withheld", row = &name),
                    n,
                );
            } else {
                r.year_key(
                    msg!("value-out-of-range-departures-year", row = &name),
                    year,
                );
                r.count(
                    msg!(
                        "value-out-of-range-departures-in",
                        row = &name,
                        year = year.value.0.to_string()
                    ),
                    n,
                );
            }
        }
    }
    // Needs and measures are no workforce rows: their figures are published as written.
    r.withheld = false;
    for need in &cx.plan.needs {
        let id = &need.id.value;
        let of_need = |field| field_of(field, EntityKind::Need, id);
        r.number(of_need("current"), &need.current);
        r.number(of_need("required"), &need.required);
        if need.quantity.value == NeedQuantity::Percent {
            r.percent(of_need("current"), &need.current);
            r.percent(of_need("required"), &need.required);
        }
        r.year(of_need("by"), &need.by);
    }
    for apprentice in &cx.plan.apprentices {
        let id = &apprentice.id.value;
        let years = [("places", &apprentice.places)]
            .into_iter()
            .chain(apprentice.completing.iter().map(|c| ("completing", c)));
        for (field, per_year) in years {
            for (year, n) in per_year.value.0.iter() {
                r.year_key(
                    msg!(
                        "value-out-of-range-field-of-year",
                        field = field,
                        entity = entity(EntityKind::Apprentice, id)
                    ),
                    year,
                );
                r.count(
                    msg!(
                        "value-out-of-range-field-of-in",
                        field = field,
                        entity = entity(EntityKind::Apprentice, id),
                        year = year.value.0.to_string()
                    ),
                    n,
                );
            }
        }
    }
    for funding in &cx.plan.funding {
        let id = &funding.id.value;
        if let Some(p) = &funding.match_percent {
            r.percent(field_of("match_percent", EntityKind::Funding, id), p);
        }
        for (field, year) in [
            ("from_year", &funding.from_year),
            ("until_year", &funding.until_year),
        ] {
            if let Some(year) = year {
                r.year(field_of(field, EntityKind::Funding, id), year);
            }
        }
    }
    for measure in &cx.plan.measures {
        let id = &measure.id.value;
        if let Some(p) = &measure.participants {
            r.count(field_of("participants", EntityKind::Measure, id), p);
        }
        if let Some(months) = &measure.binding_months
            && months.value < 0
        {
            r.fail(
                months.span,
                msg!(
                    "value-out-of-range-negative",
                    what = field_of("binding_months", EntityKind::Measure, id),
                    value = months.value.to_string()
                ),
                msg!("value-out-of-range-binding-months-help"),
            );
        }
        for n in measure.needs.iter() {
            if let Some(closes) = n.value.closes() {
                r.number(field_of("closes", EntityKind::Measure, id), closes);
            }
        }
        let of_measure = || entity(EntityKind::Measure, id);
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            r.amount(
                msg!("value-out-of-range-cost", measure = of_measure()),
                &cost.amount,
            );
            r.year(
                msg!("value-out-of-range-cost-year", measure = of_measure()),
                &cost.year,
            );
        }
    }
    // Amounts within bounds can still add up beyond what the budget tables can hold.
    let costs = cx
        .plan
        .measures
        .iter()
        .flat_map(|m| m.costs.iter().flat_map(|c| c.value.iter()))
        .filter(|c| (0..=MAX_AMOUNT).contains(&c.amount.value));
    if let Some(i) = first_above(costs.clone().map(|c| c.amount.value), i64::MAX) {
        let cost = costs.clone().nth(i).expect("a cost at the index found");
        r.fail(
            cost.amount.span,
            msg!("value-out-of-range-costs-sum", max = Arg::Money(i64::MAX)),
            msg!("value-out-of-range-costs-sum-help"),
        );
    }
    for indicator in &cx.plan.indicators {
        let id = &indicator.id.value;
        let of_indicator = || entity(EntityKind::Indicator, id);
        let values = indicator
            .baseline
            .iter()
            .chain(indicator.target.iter())
            .chain(indicator.measurements.iter());
        for yv in values {
            r.year(
                msg!(
                    "value-out-of-range-indicator-year",
                    indicator = of_indicator()
                ),
                &yv.value.year,
            );
            let value = msg!(
                "value-out-of-range-indicator-value",
                indicator = of_indicator()
            );
            match indicator.quantity.value {
                IndicatorQuantity::Percent => r.percent(value, &yv.value.value),
                IndicatorQuantity::Score => {}
                _ => r.number(value, &yv.value.value),
            }
        }
    }
}

/// The index of the value at which the running sum of `values` first exceeds `limit` (or
/// leaves the range of `i64`).
fn first_above(values: impl Iterator<Item = i64>, limit: i64) -> Option<usize> {
    let mut sum = 0i64;
    for (i, v) in values.enumerate() {
        match sum.checked_add(v) {
            Some(s) if s <= limit => sum = s,
            _ => return Some(i),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_above_finds_where_a_sum_passes_its_limit_or_overflows() {
        assert_eq!(first_above([5, 5].into_iter(), 10), None);
        assert_eq!(first_above([5, 5, 1].into_iter(), 10), Some(2));
        assert_eq!(first_above([i64::MAX, 0].into_iter(), i64::MAX), None);
        // The costs of a plan, each within MAX_AMOUNT, can only overflow `i64` this way.
        assert_eq!(first_above([i64::MAX, 1].into_iter(), i64::MAX), Some(1));
        assert_eq!(first_above([i64::MIN, -1].into_iter(), i64::MAX), Some(1));
    }
}

#[cfg(test)]
mod messages {
    use super::check;
    use crate::model::{Entries, Plan, YearKey};
    use crate::text::Language;
    use crate::validate::rules::shared::{
        at_nowhere, run_on, texts_in_every_language, workforce_row,
    };

    /// A row of `employees` with one årsverk more, a sick leave of 250 %, an age band of -7 and
    /// departures in the year 20250.
    fn plan_with_row(employees: i64) -> Plan {
        let mut row = workforce_row(
            "hjemmetjenesten",
            Some("sykepleier"),
            employees,
            employees as f64 + 1.5,
        );
        row.value.sick_leave = Some(at_nowhere(250.0));
        row.value.age = Some(at_nowhere(Entries(vec![(
            at_nowhere("under 30".to_owned()),
            at_nowhere(-7),
        )])));
        row.value.departures = Some(at_nowhere(Entries(vec![(
            at_nowhere(YearKey(20250)),
            at_nowhere(1),
        )])));
        Plan {
            workforce: vec![row],
            ..Plan::default()
        }
    }

    #[test]
    fn the_values_are_echoed_in_every_language() {
        let findings = run_on(check, &plan_with_row(20));
        let en: Vec<String> = findings
            .iter()
            .map(|f| f.message_in(Language::En))
            .collect();
        assert_eq!(
            en,
            [
                "the workforce row for hjemmetjenesten (sykepleier) has 21.5 fte but only 20 employees",
                "`sick_leave` of the workforce row for hjemmetjenesten (sykepleier) is 250%, outside 0–100",
                "the age band \"under 30\" for hjemmetjenesten (sykepleier) is negative (-7)",
                "the departures from hjemmetjenesten (sykepleier) are given for the year 20250, not a plausible year",
            ]
        );
        assert_eq!(
            findings[3].message_in(Language::Nb),
            "avgangen fra hjemmetjenesten (sykepleier) er oppgitt for året 20250, som ikke er et mulig årstall"
        );
    }

    #[test]
    fn a_withheld_row_gets_no_figure_in_any_language() {
        let findings = run_on(check, &plan_with_row(3));
        assert_eq!(findings.len(), 4);
        for text in texts_in_every_language(&findings) {
            for figure in ["4.5", "4,5", "250", "7", "20250", "20 250"] {
                assert!(!text.contains(figure), "{figure} in {text}");
            }
        }
    }
}
