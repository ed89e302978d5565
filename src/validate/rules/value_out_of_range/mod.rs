//! The `value-out-of-range` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use super::shared::fmt_num;
use crate::diag::{Code, Finding};
use crate::model::{IndicatorQuantity, NeedQuantity, Spanned};
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

/// Checks one value at a time against its range and reports into the sink.
struct Ranges<'s> {
    sink: &'s mut Sink,
    /// The values checked are of a withheld workforce row: no message states them, as a warning
    /// (the rule's level can be lowered) is listed in the document.
    withheld: bool,
}

impl Ranges<'_> {
    fn fail(&mut self, span: Span, message: String, help: &str) {
        self.sink.push(
            Finding::at(Code::ValueOutOfRange, span, message)
                .label("out of range")
                .help(help),
        );
    }

    fn count(&mut self, what: &str, v: &Spanned<i64>) {
        if v.value < 0 {
            self.fail(
                v.span,
                if self.withheld {
                    format!("{what} is negative")
                } else {
                    format!("{what} is negative ({})", v.value)
                },
                "a count is a whole number of 0 or more",
            );
        } else if v.value > MAX_PERSONS {
            self.fail(
                v.span,
                if self.withheld {
                    format!("{what} is more than kplan's limit of {MAX_PERSONS} persons")
                } else {
                    format!(
                        "{what} is {}, more than kplan's limit of {MAX_PERSONS} persons",
                        v.value
                    )
                },
                "check the number: no municipality counts more than a million persons",
            );
        }
    }

    fn number(&mut self, what: &str, v: &Spanned<f64>) {
        if v.value < 0.0 || !v.value.is_finite() {
            self.fail(
                v.span,
                if self.withheld {
                    format!("{what} is negative or not a number")
                } else {
                    format!("{what} is negative ({})", fmt_num(v.value))
                },
                "write a number of 0 or more",
            );
        }
    }

    fn amount(&mut self, what: &str, v: &Spanned<i64>) {
        if v.value < 0 {
            self.fail(v.span, format!("{what} is negative ({})", v.value), "amounts are whole kroner, 0 or more; record income or grants as funding sources, not negative costs");
        } else if v.value > MAX_AMOUNT {
            self.fail(
                v.span,
                format!(
                    "{what} is {} kroner, more than kplan's limit of {MAX_AMOUNT} kroner",
                    v.value
                ),
                "amounts are whole kroner (not øre); check the number of digits",
            );
        }
    }

    fn percent(&mut self, what: &str, v: &Spanned<f64>) {
        if !(0.0..=100.0).contains(&v.value) {
            self.fail(
                v.span,
                if self.withheld {
                    format!("{what} is out of range (0–100 %)")
                } else {
                    format!("{what} is {} %, outside 0–100", fmt_num(v.value))
                },
                "a percent is a number from 0 to 100 (write 62.5, not 0.625)",
            );
        }
    }

    fn year(&mut self, what: &str, v: &Spanned<i64>) {
        if !YEARS.contains(&v.value) {
            self.fail(
                v.span,
                format!("{what} is {}, not a plausible year", v.value),
                "write the year with four digits, between 1900 and 2200",
            );
        }
    }
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
        r.year("the first year of the plan period", &meta.period.start);
        r.year("the last year of the plan period", &meta.period.end);
        if let Some(number) = &meta.municipality_number {
            let ok = number.value.len() == 4 && number.value.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                r.fail(
                    number.span,
                    format!("municipality number `{}` is not four digits", number.value),
                    "write the kommunenummer with four digits, e.g. \"4601\"",
                );
            }
        }
        if let Some(revision) = &meta.revision {
            for v in [
                &revision.plan_interval_years,
                &revision.action_interval_years,
            ]
            .into_iter()
            .flatten()
            {
                if v.value < 1 {
                    r.fail(
                        v.span,
                        format!("a revision interval of {} years", v.value),
                        "intervals are whole years, 1 or more",
                    );
                }
            }
        }
        if let Some(threshold) = manifest
            .render
            .as_ref()
            .and_then(|r| r.privacy_threshold.as_ref())
        {
            r.count("privacy_threshold", threshold);
        }
        if let Some(population) = &meta.population {
            r.count("the population", population);
        }
    }
    let mut withheld = cx.withheld.iter().copied();
    for row in &cx.plan.workforce {
        let withheld = withheld.next().unwrap_or(true);
        let unit = &row.unit.value;
        r.withheld = withheld;
        r.count(
            &format!("employees of the workforce row for {unit}"),
            &row.employees,
        );
        r.number(&format!("fte of the workforce row for {unit}"), &row.fte);
        if row.fte.value > row.employees.value as f64 {
            r.fail(
                row.fte.span,
                if withheld {
                    // No figure of a withheld row, in any output.
                    format!(
                        "the workforce row for {} has more fte than employees",
                        crate::plan::privacy::row_name(row)
                    )
                } else {
                    format!(
                        "the workforce row for {unit} has {} fte but only {} employees",
                        fmt_num(row.fte.value),
                        row.employees.value
                    )
                },
                "fte (årsverk) cannot exceed the number of employees",
            );
        }
        for (name, v) in [
            ("formal_competence", &row.formal_competence),
            ("part_time", &row.part_time),
            ("turnover", &row.turnover),
            ("sick_leave", &row.sick_leave),
            ("unwanted_part_time", &row.unwanted_part_time),
        ] {
            if let Some(v) = v {
                r.percent(&format!("{name} of the workforce row for {unit}"), v);
            }
        }
        if let Some(v) = &row.vacancies {
            r.number(&format!("vacancies of the workforce row for {unit}"), v);
        }
        let bands = row.age.iter().flat_map(|a| a.value.0.iter());
        for (band, n) in bands.clone() {
            r.count(&format!("age band \"{}\" for {unit}", band.value), n);
        }
        // Bands out of range are reported above; the others may still add up to too many.
        let bands = bands.filter(|(_, n)| (0..=MAX_PERSONS).contains(&n.value));
        if let Some(i) = first_above(bands.clone().map(|(_, n)| n.value), MAX_PERSONS) {
            let (band, n) = bands.clone().nth(i).expect("a band at the index found");
            r.fail(
                n.span,
                format!(
                    "the age bands for {unit} add up to more than {MAX_PERSONS} persons from band \"{}\" on",
                    band.value
                ),
                "check the bands: each employee belongs to exactly one",
            );
        }
        for (year, n) in row.departures.iter().flat_map(|d| d.value.0.iter()) {
            if !YEARS.contains(&year.value.0) {
                r.fail(
                    year.span,
                    if withheld {
                        // Even the year would tell when one of a small group leaves.
                        format!("departures for {unit} in a year outside 1900–2200")
                    } else {
                        format!("departures for {unit} in year {}", year.value.0)
                    },
                    "write the year with four digits, between 1900 and 2200",
                );
            }
            let what = if withheld {
                format!("a departures count for {unit}")
            } else {
                format!("departures for {unit} in {}", year.value.0)
            };
            r.count(&what, n);
        }
    }
    // Needs and measures are no workforce rows: their figures are published as written.
    r.withheld = false;
    for need in &cx.plan.needs {
        let id = &need.id.value;
        r.number(&format!("`current` of need {id}"), &need.current);
        r.number(&format!("`required` of need {id}"), &need.required);
        if need.quantity.value == NeedQuantity::Percent {
            r.percent(&format!("`current` of need {id}"), &need.current);
            r.percent(&format!("`required` of need {id}"), &need.required);
        }
        r.year(&format!("`by` of need {id}"), &need.by);
    }
    for apprentice in &cx.plan.apprentices {
        let id = &apprentice.id.value;
        let years = [("places", &apprentice.places)]
            .into_iter()
            .chain(apprentice.completing.iter().map(|c| ("completing", c)));
        for (field, per_year) in years {
            for (year, n) in per_year.value.0.iter() {
                if !YEARS.contains(&year.value.0) {
                    r.fail(
                        year.span,
                        format!("`{field}` of apprentices {id} in year {}", year.value.0),
                        "write the year with four digits, between 1900 and 2200",
                    );
                }
                r.count(
                    &format!("`{field}` of apprentices {id} in {}", year.value.0),
                    n,
                );
            }
        }
    }
    for funding in &cx.plan.funding {
        let id = &funding.id.value;
        if let Some(p) = &funding.match_percent {
            r.percent(&format!("`match_percent` of funding source {id}"), p);
        }
        for (field, year) in [
            ("from_year", &funding.from_year),
            ("until_year", &funding.until_year),
        ] {
            if let Some(year) = year {
                r.year(&format!("`{field}` of funding source {id}"), year);
            }
        }
    }
    for measure in &cx.plan.measures {
        let id = &measure.id.value;
        if let Some(p) = &measure.participants {
            r.count(&format!("participants of measure {id}"), p);
        }
        if let Some(months) = &measure.binding_months
            && months.value < 0
        {
            r.fail(
                months.span,
                format!(
                    "`binding_months` of measure {id} is negative ({})",
                    months.value
                ),
                "binding time is a whole number of months, 0 or more",
            );
        }
        for n in measure.needs.iter() {
            if let Some(closes) = n.value.closes() {
                r.number(&format!("`closes` of measure {id}"), closes);
            }
        }
        for cost in measure.costs.iter().flat_map(|c| c.value.iter()) {
            r.amount(&format!("a cost of measure {id}"), &cost.amount);
            r.year(&format!("a cost year of measure {id}"), &cost.year);
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
            format!(
                "the costs of the plan add up to more than {} kroner from this cost on",
                i64::MAX
            ),
            "split the plan: its budget tables cannot hold this total",
        );
    }
    for indicator in &cx.plan.indicators {
        let id = &indicator.id.value;
        let values = indicator
            .baseline
            .iter()
            .chain(indicator.target.iter())
            .chain(indicator.measurements.iter());
        for yv in values {
            r.year(&format!("a year of indicator {id}"), &yv.value.year);
            match indicator.quantity.value {
                IndicatorQuantity::Percent => {
                    r.percent(&format!("a value of indicator {id}"), &yv.value.value)
                }
                IndicatorQuantity::Score => {}
                _ => r.number(&format!("a value of indicator {id}"), &yv.value.value),
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
