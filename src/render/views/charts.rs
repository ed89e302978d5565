//! Chart geometry, computed here so the SVG templates only draw: positions and sizes in SVG user
//! units, with every value also given as formatted text (charts never carry meaning by colour
//! alone, and the template puts the same numbers in a table).

use std::collections::HashMap;

use serde::Serialize;

use super::step5::WorkforceUnit;
use super::step6::BudgetView;
use crate::model::{Need, NeedQuantity, Plan, Spanned};
use crate::plan::privacy::{Cell, UnitTotals};
use crate::text::{Formatter, Key, Language};

/// Geometry is computed by kplan so the SVG templates only draw. Positions and sizes are SVG user
/// units (the `viewBox` is `0 0 width height`), rounded to two decimals; every value also comes as
/// formatted text in the document's language. Titles come from `t.charts`.
#[derive(Debug, Default, Serialize, schemars::JsonSchema)]
pub struct Charts {
    /// Age profile, one per unit with age figures (not withheld rows summed).
    pub age: Vec<BarChart>,
    /// Expected departures per year, one per unit with figures.
    pub departures: Vec<BarChart>,
    /// Gap per need, one chart per quantity that occurs among the needs (persons, then fte, then
    /// percent), so no axis mixes persons, årsverk and percentage points; empty without needs. A
    /// quantity with more than 60 needs has no chart (the needs table carries the figures).
    pub gaps: Vec<GapChart>,
    /// Costs per year stacked by funding source; null when there are no costs.
    pub budget: Option<StackChart>,
    /// Measures over the period; null without measures.
    pub timeline: Option<Timeline>,
}

/// A vertical bar chart.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct BarChart {
    /// Element id, `chart-age-N` / `chart-departures-N` (N: position of the unit in `workforce`).
    pub id: String,
    /// The **id** of the unit (compare with `unit.unit.id`).
    pub unit: Option<String>,
    /// Title.
    pub title: String,
    /// The figures as a sentence, for `<desc>`.
    pub description: String,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
    /// y of the zero line.
    pub baseline: f64,
    /// Bars, left to right.
    pub bars: Vec<Bar>,
}

/// One bar of a bar chart.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Bar {
    /// The bar's rectangle.
    pub x: f64,
    /// The bar's rectangle.
    pub y: f64,
    /// The bar's rectangle.
    pub width: f64,
    /// The bar's rectangle.
    pub height: f64,
    /// x of the bar's centre, for labels.
    pub cx: f64,
    /// Category label (age band or year, or merged ones).
    pub label: String,
    /// Value; null for a cell of fewer persons than the privacy threshold (no bar).
    pub value: Option<f64>,
    /// Value formatted, or "under N" (`t.doc.under`).
    pub value_label: String,
}

/// Horizontal bars of the gap of each need of one quantity (negative gaps to the left of zero),
/// scaled to the largest gap of that quantity.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct GapChart {
    /// Element id, `chart-gaps-<quantity>` (`chart-gaps-persons`, `chart-gaps-fte`,
    /// `chart-gaps-percent`), unique in the document.
    pub id: String,
    /// The quantity of every need in this chart.
    pub quantity: NeedQuantity,
    /// The unit of the gaps, **already translated** (`t.charts.gap_unit.*`: "personer", "årsverk",
    /// "prosentpoeng").
    pub unit: String,
    /// Title, with the unit.
    pub title: String,
    /// The label of the value axis, with the unit.
    pub axis_label: String,
    /// The gaps as a sentence.
    pub description: String,
    /// Size.
    pub width: f64,
    /// Size.
    pub height: f64,
    /// x of the zero line.
    pub zero: f64,
    /// x of the value axis' ends.
    pub left: f64,
    /// x of the value axis' ends.
    pub right: f64,
    /// y of the value axis (below the last row).
    pub bottom: f64,
    /// y of the text baseline of the "0" below the zero line.
    pub zero_label_y: f64,
    /// x (centre) and y (text baseline) of `axis_label`.
    pub axis_label_x: f64,
    /// x (centre) and y (text baseline) of `axis_label`.
    pub axis_label_y: f64,
    /// One per need of this quantity, in plan order.
    pub rows: Vec<GapRow>,
}

/// One need in the gap chart.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct GapRow {
    /// The bar's rectangle (left of `zero` when negative).
    pub y: f64,
    /// The bar's rectangle (left of `zero` when negative).
    pub x: f64,
    /// The bar's rectangle (left of `zero` when negative).
    pub width: f64,
    /// The bar's rectangle (left of `zero` when negative).
    pub height: f64,
    /// y of the text baseline for the row.
    pub ty: f64,
    /// The need's **id**.
    pub label: String,
    /// The need's title, for the data table.
    pub title: String,
    /// Gap with current → required.
    pub value_label: String,
    /// What there is now, formatted.
    pub current_label: String,
    /// What is required, formatted.
    pub required_label: String,
    /// The gap (required − current), formatted.
    pub gap_label: String,
    /// x where the value label is placed.
    pub value_x: f64,
    /// Place the value label ending at `value_x` (`text-anchor="end"`).
    pub value_anchor_end: bool,
    /// The gap is negative.
    pub negative: bool,
}

/// Stacked columns by year, one series per funding source.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct StackChart {
    /// Element id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Totals per year as a sentence.
    pub description: String,
    /// Size (includes the legend).
    pub width: f64,
    /// Size (includes the legend).
    pub height: f64,
    /// y of the zero line.
    pub baseline: f64,
    /// One per year of `budget.years`.
    pub columns: Vec<StackColumn>,
    /// One per funding source with costs.
    pub legend: Vec<LegendItem>,
}

/// The costs of one year, stacked by funding source.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct StackColumn {
    /// The column's left edge and width.
    pub x: f64,
    /// The column's left edge and width.
    pub width: f64,
    /// x of its centre.
    pub cx: f64,
    /// Year.
    pub label: String,
    /// The year's total formatted.
    pub total_label: String,
    /// y of the column's top, for the total label.
    pub top: f64,
    /// Bottom to top; only sources with an amount that year.
    pub segments: Vec<Segment>,
}

/// One funding source's part of a year's column.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Segment {
    /// Vertical extent (x and width are the column's).
    pub y: f64,
    /// Vertical extent (x and width are the column's).
    pub height: f64,
    /// Index of the funding source in `budget.rows` (and `legend`), for its CSS class; the built-in
    /// template uses `series-{{ series % 6 }}`.
    pub series: usize,
    /// Source and amount.
    pub label: String,
}

/// A funding source in the legend of the budget chart.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct LegendItem {
    /// Series index.
    pub series: usize,
    /// Funding source name.
    pub label: String,
    /// Top left of the swatch.
    pub x: f64,
    /// Top left of the swatch.
    pub y: f64,
}

/// Measures as bars over the plan period.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Timeline {
    /// Element id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Size.
    pub width: f64,
    /// Size.
    pub height: f64,
    /// x of the start and end of the time axis.
    pub left: f64,
    /// x of the start and end of the time axis.
    pub right: f64,
    /// y of the first row's top and the last row's bottom.
    pub top: f64,
    /// y of the first row's top and the last row's bottom.
    pub bottom: f64,
    /// One per year, from the plan period and every measure.
    pub ticks: Vec<Tick>,
    /// One per measure, in plan order.
    pub rows: Vec<TimelineRow>,
}

/// A year mark on the timeline.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Tick {
    /// x of 1 January.
    pub x: f64,
    /// Year.
    pub label: String,
}

/// One measure on the timeline.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct TimelineRow {
    /// The measure's bar from `start` to `end`.
    pub y: f64,
    /// y of the text baseline.
    pub ty: f64,
    /// The measure's bar from `start` to `end`.
    pub x: f64,
    /// The measure's bar from `start` to `end`.
    pub width: f64,
    /// The measure's bar from `start` to `end`.
    pub height: f64,
    /// The measure's **id**.
    pub label: String,
    /// The status, **already translated**.
    pub status: String,
    /// For the CSS class `strategy-<value>`.
    pub strategy: String,
}

/// The text of `key` in `lang`, with `{name}` placeholders filled. Every key exists in every
/// language (a test of `text::Key` says so): there is no fallback.
fn tr(lang: Language, key: Key, args: &[(&str, &str)]) -> String {
    let mut text = key.text(lang).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// Rounds to two decimals so the SVG is short and stable.
fn r(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

const WIDTH: f64 = 640.0;

/// A chart with more rows than this would be unreadable; the table beside it carries the figures.
pub const MAX_ROWS: usize = 60;

fn bar_chart(
    id: String,
    unit: Option<String>,
    title: String,
    description: String,
    items: &[(String, Option<f64>)],
    under: &str,
    formatter: &Formatter,
) -> BarChart {
    // Narrow: two of these stand side by side, and their text must stay legible.
    let width = 360.0;
    let height = 200.0;
    let (top, bottom, left, right) = (24.0, 32.0, 8.0, 8.0);
    let plot = height - top - bottom;
    let max = items
        .iter()
        .filter_map(|(_, v)| *v)
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let slot = (width - left - right) / items.len().max(1) as f64;
    let bar_width = (slot * 0.6).min(56.0);
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            // A cell "under N" has no bar: its height would tell the number.
            let h = plot * value.unwrap_or(0.0).max(0.0) / max;
            let cx = left + slot * (i as f64 + 0.5);
            Bar {
                x: r(cx - bar_width / 2.0),
                y: r(top + plot - h),
                width: r(bar_width),
                height: r(h),
                cx: r(cx),
                label: label.clone(),
                value: *value,
                value_label: value.map_or_else(|| under.to_owned(), |v| formatter.number(v)),
            }
        })
        .collect();
    BarChart {
        id,
        unit,
        title,
        description,
        width,
        height,
        baseline: top + plot,
        bars,
    }
}

/// Builds every chart the plan has data for. The workforce charts show the units' totals as the
/// privacy step publishes them, never the raw rows.
pub fn build(
    plan: &Plan,
    workforce: &[WorkforceUnit],
    totals: &[UnitTotals],
    threshold: i64,
    budget: &BudgetView,
    formatter: &Formatter,
) -> Charts {
    let lang = formatter.lang;
    let mut charts = Charts::default();
    let under = tr(lang, Key::Under, &[("n", &threshold.to_string())]);
    let items = |cells: &[Cell]| -> Vec<(String, Option<f64>)> {
        cells
            .iter()
            .map(|c| (c.label.clone(), c.persons.map(|n| n as f64)))
            .collect()
    };
    let describe = |items: &[(String, Option<f64>)]| {
        items
            .iter()
            .map(|(l, v)| match v {
                Some(v) => format!("{l}: {}", formatter.number(*v)),
                None => format!("{l}: {under}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    // One look-up per unit, not a search of every unit's totals.
    let totals: HashMap<&str, &UnitTotals> = totals.iter().map(|t| (t.unit.as_str(), t)).collect();
    for (n, unit) in workforce.iter().enumerate() {
        let Some(total) = totals.get(unit.unit.id.as_str()) else {
            continue;
        };
        let unit_name = unit.unit.name.as_str();
        let bands = items(total.age.shown());
        if !bands.is_empty() {
            charts.age.push(bar_chart(
                format!("chart-age-{n}"),
                Some(unit.unit.id.clone()),
                tr(lang, Key::AgeChartTitle, &[("unit", unit_name)]),
                describe(&bands),
                &bands,
                &under,
                formatter,
            ));
        }
        let years = items(total.departures.shown());
        if !years.is_empty() {
            charts.departures.push(bar_chart(
                format!("chart-departures-{n}"),
                Some(unit.unit.id.clone()),
                tr(lang, Key::DeparturesChartTitle, &[("unit", unit_name)]),
                describe(&years),
                &years,
                &under,
                formatter,
            ));
        }
    }
    charts.gaps = gap_charts(&plan.needs, formatter);
    charts.budget = budget_chart(budget, formatter);
    charts.timeline = timeline(plan, lang);
    charts
}

/// The quantities in the order their gap charts come.
const QUANTITIES: [NeedQuantity; 3] = [
    NeedQuantity::Persons,
    NeedQuantity::Fte,
    NeedQuantity::Percent,
];

/// One gap chart per quantity that occurs among the needs: a bar in persons beside one in
/// percentage points would compare numbers that cannot be compared.
fn gap_charts(needs: &[Spanned<Need>], formatter: &Formatter) -> Vec<GapChart> {
    QUANTITIES
        .into_iter()
        .filter_map(|quantity| {
            let needs: Vec<&Need> = needs
                .iter()
                .map(|n| &n.value)
                .filter(|n| n.quantity.value == quantity)
                .collect();
            gap_chart(quantity, &needs, formatter)
        })
        .collect()
}

fn gap_chart(quantity: NeedQuantity, needs: &[&Need], formatter: &Formatter) -> Option<GapChart> {
    let lang = formatter.lang;
    // docs/performance.md promises this limit; the needs table carries the figures.
    if needs.is_empty() || needs.len() > MAX_ROWS {
        return None;
    }
    let (key, slug) = match quantity {
        NeedQuantity::Persons => (Key::GapUnitPersons, "persons"),
        NeedQuantity::Fte => (Key::GapUnitFte, "fte"),
        NeedQuantity::Percent => (Key::GapUnitPercent, "percent"),
    };
    let unit = tr(lang, key, &[]);
    // Årsverk are written with a decimal, as everywhere in the document.
    let number = |x: f64| match quantity {
        NeedQuantity::Fte => formatter.decimal(x),
        NeedQuantity::Persons | NeedQuantity::Percent => formatter.number(x),
    };
    let row_height = 26.0;
    let (top, label_width, right, axis_height) = (8.0, 72.0, 90.0, 40.0);
    let gaps: Vec<f64> = needs
        .iter()
        .map(|n| n.required.value - n.current.value)
        .collect();
    let max_pos = gaps.iter().copied().fold(0.0_f64, f64::max);
    let max_neg = gaps.iter().copied().fold(0.0_f64, f64::min).abs();
    let span = (max_pos + max_neg).max(1.0);
    // Room left of the bars for the labels of negative gaps.
    let left_pad = if max_neg > 0.0 { right } else { 0.0 };
    let plot = WIDTH - label_width - right - left_pad;
    let zero = label_width + left_pad + plot * max_neg / span;
    let rows = needs
        .iter()
        .zip(&gaps)
        .enumerate()
        .map(|(i, (need, &gap))| {
            let y = top + i as f64 * row_height;
            let w = plot * gap.abs() / span;
            let negative = gap < 0.0;
            let x = if negative { zero - w } else { zero };
            let (current, required) = (number(need.current.value), number(need.required.value));
            GapRow {
                y: r(y + 4.0),
                x: r(x),
                width: r(w),
                height: row_height - 8.0,
                ty: r(y + row_height / 2.0 + 4.0),
                label: need.id.value.clone(),
                title: need.title.value.clone(),
                value_label: format!("{} ({current} → {required})", number(gap)),
                current_label: current,
                required_label: required,
                gap_label: number(gap),
                value_x: r(if negative { x - 4.0 } else { x + w + 4.0 }),
                value_anchor_end: negative,
                negative,
            }
        })
        .collect::<Vec<_>>();
    let description = needs
        .iter()
        .zip(&gaps)
        .map(|(n, g)| format!("{}: {} {unit}", n.id.value, number(*g)))
        .collect::<Vec<_>>()
        .join(", ");
    let bottom = top + rows.len() as f64 * row_height;
    let (left, right) = (label_width + left_pad, WIDTH - right);
    Some(GapChart {
        id: format!("chart-gaps-{slug}"),
        quantity,
        title: tr(lang, Key::GapChartTitle, &[("unit", &unit)]),
        axis_label: tr(lang, Key::GapAxisLabel, &[("unit", &unit)]),
        unit,
        description,
        width: WIDTH + 120.0,
        height: bottom + axis_height,
        zero: r(zero),
        left: r(left),
        right: r(right),
        bottom,
        zero_label_y: bottom + 16.0,
        axis_label_x: r((left + right) / 2.0),
        axis_label_y: bottom + 34.0,
        rows,
    })
}

fn budget_chart(budget: &BudgetView, formatter: &Formatter) -> Option<StackChart> {
    let lang = formatter.lang;
    if budget.total == 0 || budget.years.is_empty() {
        return None;
    }
    let legend_rows = budget.rows.iter().filter(|r| r.total > 0).count() as f64;
    let (top, plot, bottom) = (28.0, 200.0, 32.0);
    let height = top + plot + bottom + 22.0 * legend_rows + 8.0;
    let left = 16.0;
    let slot = (WIDTH - 2.0 * left) / budget.years.len() as f64;
    let bar_width = (slot * 0.55).min(90.0);
    let max = budget.totals.iter().copied().max().unwrap_or(1).max(1) as f64;
    let columns = budget
        .years
        .iter()
        .enumerate()
        .map(|(col, year)| {
            let cx = left + slot * (col as f64 + 0.5);
            let mut y = top + plot;
            let segments = budget
                .rows
                .iter()
                .enumerate()
                .filter(|(_, row)| row.amounts[col] > 0)
                .map(|(series, row)| {
                    let h = plot * row.amounts[col] as f64 / max;
                    y -= h;
                    Segment {
                        y: r(y),
                        height: r(h),
                        series,
                        label: format!(
                            "{}: {}",
                            row.funding.name,
                            formatter.money(row.amounts[col])
                        ),
                    }
                })
                .collect();
            StackColumn {
                x: r(cx - bar_width / 2.0),
                width: r(bar_width),
                cx: r(cx),
                label: year.to_string(),
                total_label: formatter.money(budget.totals[col]),
                top: r(y),
                segments,
            }
        })
        .collect();
    let legend = budget
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| row.total > 0)
        .enumerate()
        .map(|(line, (series, row))| LegendItem {
            series,
            label: row.funding.name.clone(),
            x: left,
            y: top + plot + bottom + 22.0 * line as f64,
        })
        .collect();
    let description = budget
        .years
        .iter()
        .zip(&budget.totals)
        .map(|(y, t)| format!("{y}: {}", formatter.money(*t)))
        .collect::<Vec<_>>()
        .join(", ");
    Some(StackChart {
        id: "chart-budget".into(),
        title: tr(lang, Key::BudgetChartTitle, &[]),
        description,
        width: WIDTH,
        height: r(height),
        baseline: top + plot,
        columns,
        legend,
    })
}

fn timeline(plan: &Plan, lang: Language) -> Option<Timeline> {
    let (first, last) = plan.period()?;
    if plan.measures.is_empty()
        || plan.measures.len() > MAX_ROWS
        || first > last
        || last.saturating_sub(first) > 50
    {
        return None;
    }
    // The axis covers the plan period and every measure, in whole years.
    let first = plan
        .measures
        .iter()
        .map(|m| m.start.value.year())
        .fold(first, i64::min);
    let last = plan
        .measures
        .iter()
        .map(|m| m.end.value.year())
        .fold(last, i64::max);
    let (left, right, top, row_height) = (72.0, 16.0, 28.0, 22.0);
    let plot = WIDTH - left - right;
    let days = |d: crate::model::Date| {
        let start = jiff::civil::Date::new(first as i16, 1, 1).expect("valid year");
        (d.0 - start).get_days() as f64
    };
    let total_days = {
        let start = jiff::civil::Date::new(first as i16, 1, 1).expect("valid year");
        let end = jiff::civil::Date::new(last as i16 + 1, 1, 1).expect("valid year");
        (end - start).get_days() as f64
    };
    let x_of = |d: f64| left + plot * (d / total_days).clamp(0.0, 1.0);
    let ticks = (first..=last)
        .map(|year| {
            let d = jiff::civil::Date::new(year as i16, 1, 1).expect("valid year");
            Tick {
                x: r(x_of(days(crate::model::Date(d)))),
                label: year.to_string(),
            }
        })
        .collect();
    let rows = plan
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x1 = x_of(days(m.start.value));
            let x2 = x_of(days(m.end.value)).max(x1 + 2.0);
            let y = top + i as f64 * row_height;
            TimelineRow {
                y: r(y + 4.0),
                ty: r(y + row_height / 2.0 + 4.0),
                x: r(x1),
                width: r(x2 - x1),
                height: row_height - 8.0,
                label: m.id.value.clone(),
                status: tr(lang, Key::MeasureStatus(status_key(m.status.value)), &[]),
                strategy: m.strategy.value.as_str().to_owned(),
            }
        })
        .collect::<Vec<_>>();
    Some(Timeline {
        id: "chart-timeline".into(),
        title: tr(lang, Key::TimelineTitle, &[]),
        description: tr(lang, Key::TimelineDescription, &[]),
        width: WIDTH,
        height: top + rows.len() as f64 * row_height + 12.0,
        left,
        right: WIDTH - right,
        top,
        bottom: top + rows.len() as f64 * row_height,
        ticks,
        rows,
    })
}

fn status_key(status: crate::model::MeasureStatus) -> &'static str {
    use crate::model::MeasureStatus as S;
    match status {
        S::Planned => "planned",
        S::Ongoing => "ongoing",
        S::Completed => "completed",
        S::Postponed => "postponed",
        S::Cancelled => "cancelled",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NonEmpty, Priority, Strategy};
    use crate::source::{FileId, Span};

    fn s<T>(value: T) -> Spanned<T> {
        Spanned::new(value, Span::new(FileId(0), 0, 0))
    }

    fn need(id: &str, quantity: NeedQuantity, current: f64, required: f64) -> Spanned<Need> {
        s(Need {
            id: s(id.to_owned()),
            title: s(format!("Behov {id}")),
            goals: s(NonEmpty(vec![s("M1".to_owned())])),
            area: s("K1".to_owned()),
            unit: None,
            role: None,
            strategy: s(Strategy::Develop),
            quantity: s(quantity),
            current: s(current),
            required: s(required),
            by: s(2028),
            priority: s(Priority::High),
            rationale: None,
            replace_departures: None,
        })
    }

    fn ids(chart: &GapChart) -> Vec<&str> {
        chart.rows.iter().map(|r| r.label.as_str()).collect()
    }

    #[test]
    fn persons_and_percent_needs_give_two_charts_and_no_need_is_in_both() {
        let needs = [
            need("B1", NeedQuantity::Percent, 35.0, 90.0),
            need("B2", NeedQuantity::Persons, 38.0, 44.0),
            need("B3", NeedQuantity::Persons, 5.0, 12.0),
        ];
        let charts = gap_charts(&needs, &Formatter::new(Language::Nb));
        assert_eq!(charts.len(), 2);
        // Persons first, whatever the plan order.
        assert_eq!(charts[0].quantity, NeedQuantity::Persons);
        assert_eq!(charts[0].id, "chart-gaps-persons");
        assert_eq!(ids(&charts[0]), ["B2", "B3"]);
        assert_eq!(charts[1].quantity, NeedQuantity::Percent);
        assert_eq!(charts[1].id, "chart-gaps-percent");
        assert_eq!(ids(&charts[1]), ["B1"]);
    }

    #[test]
    fn axis_labels_and_titles_carry_the_unit() {
        let needs = [
            need("B1", NeedQuantity::Persons, 38.0, 44.0),
            need("B2", NeedQuantity::Fte, 16.0, 9.0),
            need("B3", NeedQuantity::Percent, 35.0, 90.0),
        ];
        let nb = gap_charts(&needs, &Formatter::new(Language::Nb));
        let labels: Vec<(&str, &str)> = nb
            .iter()
            .map(|c| (c.title.as_str(), c.axis_label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Kompetansegap – personer", "Gap i personer"),
                ("Kompetansegap – årsverk", "Gap i årsverk"),
                ("Kompetansegap – prosentpoeng", "Gap i prosentpoeng"),
            ]
        );
        let nn = gap_charts(&needs, &Formatter::new(Language::Nn));
        assert_eq!(nn[0].title, "Kompetansegap – personar");
        let en = gap_charts(&needs, &Formatter::new(Language::En));
        let units: Vec<&str> = en.iter().map(|c| c.axis_label.as_str()).collect();
        assert_eq!(
            units,
            ["Gap in people", "Gap in FTE", "Gap in percentage points"]
        );
    }

    #[test]
    fn each_chart_is_scaled_to_its_own_largest_gap() {
        // A 55-point gap must not shrink a 6-person bar: each chart's longest bar fills its plot.
        let needs = [
            need("B1", NeedQuantity::Persons, 38.0, 44.0),
            need("B2", NeedQuantity::Percent, 35.0, 90.0),
        ];
        let charts = gap_charts(&needs, &Formatter::new(Language::Nb));
        let plot = |c: &GapChart| c.right - c.left;
        for chart in &charts {
            assert_eq!(chart.rows[0].width, plot(chart), "{}", chart.id);
        }
    }

    #[test]
    fn a_single_negative_gap_is_drawn_left_of_zero_with_room_for_its_label() {
        let needs = [need("B11", NeedQuantity::Fte, 16.0, 9.0)];
        let charts = gap_charts(&needs, &Formatter::new(Language::Nb));
        assert_eq!(charts.len(), 1);
        let (chart, row) = (&charts[0], &charts[0].rows[0]);
        assert!(row.negative && row.value_anchor_end);
        assert!(row.width > 0.0);
        assert_eq!(r(row.x + row.width), chart.zero);
        assert_eq!(row.gap_label, "−7,0");
        // Årsverk with a decimal, as in the tables.
        assert_eq!(row.value_label, "−7,0 (16,0 → 9,0)");
        // The label ends left of the bar, right of the need's id column.
        assert!(row.value_x < row.x && row.value_x > 72.0 + 72.0);
        assert!(chart.description.contains("B11: −7,0 årsverk"));
    }

    #[test]
    fn a_quantity_with_more_needs_than_a_chart_can_show_has_no_chart() {
        let mut needs: Vec<_> = (0..=MAX_ROWS)
            .map(|i| need(&format!("B{i}"), NeedQuantity::Persons, 1.0, 2.0))
            .collect();
        needs.push(need("P1", NeedQuantity::Percent, 35.0, 90.0));
        let charts = gap_charts(&needs, &Formatter::new(Language::Nb));
        let quantities: Vec<_> = charts.iter().map(|c| c.quantity).collect();
        assert_eq!(quantities, [NeedQuantity::Percent]);
    }

    #[test]
    fn no_needs_no_gap_charts() {
        assert!(gap_charts(&[], &Formatter::new(Language::Nb)).is_empty());
    }
}
