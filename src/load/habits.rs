//! Norwegian ways of writing numbers and dates that TOML and YAML do not read as such: a decimal
//! comma (`48,2`), spaces between the thousands (`200 000`), a unit after the number
//! (`200000 kr`, `42 %`), points between the thousands (`1.500.000`) and a date written day first
//! (`1.8.2025`). Each is recognised from the text as written and turned into the value meant
//! (`48.2`, `200000`, `2025-08-01`), so that a finding can ask "did you mean …?".
//!
//! TOML reads none of them (they are syntax errors, explained by `load::toml`); YAML reads them as
//! text, so they surface as `schema` errors where a number or a date is expected, and the schema
//! finding takes its help from [`schema_help`]. A point between thousands in an amount is read as
//! a decimal point by both (`200.000` is 200): [`amount_findings`] warns where that is read
//! silently.

use crate::diag::{Code, Finding, Msg, Severity};
use crate::model::IndicatorQuantity;
use crate::model::{Plan, Spanned};
use crate::msg;
use crate::source::Sources;

use super::tree::{Node, NodeKind};

/// Which habit a value shows; the first that applies names the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Habit {
    /// A unit after or before the number, as written: `kr`, `%`, `NOK`, `,-`.
    Unit(String),
    /// A decimal comma: `48,2`.
    DecimalComma,
    /// Spaces (or no-break spaces) between groups of three digits: `200 000`.
    GroupSpace,
    /// Points between groups of three digits: `1.500.000`.
    GroupPoint,
    /// A date written day, month, year (`1.8.2025`, `01.08.2026`) or with one-digit month or day
    /// (`2025-8-1`).
    Date,
}

/// What a value as written was probably meant to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Why the value is not read as meant.
    pub habit: Habit,
    /// The value as it should be written: `48.2`, `200000`, `2025-08-01`.
    pub fixed: String,
}

impl Suggestion {
    /// The help line: the fix and "did you mean `shown`?", where `shown` is the corrected value or
    /// the whole corrected line.
    pub fn help(&self, shown: &str) -> Msg {
        match &self.habit {
            Habit::Unit(unit) => msg!("habit-unit", unit = unit.as_str(), fixed = shown),
            Habit::DecimalComma => msg!("habit-decimal-comma", fixed = shown),
            Habit::GroupSpace => msg!("habit-group-space", fixed = shown),
            Habit::GroupPoint => msg!("habit-group-point", fixed = shown),
            Habit::Date => msg!("habit-date", fixed = shown),
        }
    }
}

/// A number or a date written the Norwegian way, if `text` is one (a date first, as `1.8.2025`
/// is no number).
pub fn suggest(text: &str) -> Option<Suggestion> {
    date(text).or_else(|| number(text))
}

/// The units a number may carry as written, longest first; matched without regard to case.
const UNITS_AFTER: [&str; 7] = ["kroner", "prosent", "kr.", "nok", "kr", ",-", "%"];
const UNITS_BEFORE: [&str; 3] = ["kr.", "nok", "kr"];

/// A number written the Norwegian way: `48,2` → `48.2`, `200 000` / `200000 kr` → `200000`,
/// `42 %` → `42`, `1.500.000` → `1500000`, `1 500,50 kr` → `1500.50`. `None` for a plain number
/// (nothing to fix) and for anything else.
pub fn number(text: &str) -> Option<Suggestion> {
    let text = text.trim();
    let (core, unit) = strip_unit(text);
    let (sign, core) = match core.strip_prefix(['-', '+', '\u{2212}']) {
        Some(rest) => (if core.starts_with('+') { "" } else { "-" }, rest),
        None => ("", core),
    };
    let (whole, fraction, comma) = match core.split_once(',') {
        Some((whole, fraction)) => (whole, Some(fraction), true),
        // Points between groups of three digits (`1.500.000`), else one decimal point (`48.2`).
        None => match core.rsplit_once('.') {
            Some(_) if matches!(grouped_digits(core), Some((_, Some('.')))) => (core, None, false),
            // `1.500.25` is no number.
            Some((whole, _)) if whole.contains('.') => return None,
            Some((whole, fraction)) => (whole, Some(fraction), false),
            None => (core, None, false),
        },
    };
    if let Some(fraction) = fraction
        && (fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (digits, separator) = grouped_digits(whole)?;
    let mut fixed = format!("{sign}{digits}");
    if let Some(fraction) = fraction {
        fixed.push('.');
        fixed.push_str(fraction);
    }
    let habit = match (unit, comma, separator) {
        (Some(unit), _, _) => Habit::Unit(unit.to_owned()),
        (None, true, _) => Habit::DecimalComma,
        (None, false, Some('.')) => Habit::GroupPoint,
        (None, false, Some(_)) => Habit::GroupSpace,
        (None, false, None) => return None,
    };
    Some(Suggestion { habit, fixed })
}

/// `text` without a unit before or after it, and the unit as written.
fn strip_unit(text: &str) -> (&str, Option<&str>) {
    let lower = text.to_lowercase();
    if lower.len() == text.len() {
        for unit in UNITS_AFTER {
            if lower.ends_with(unit) {
                let (core, written) = text.split_at(text.len() - unit.len());
                let core = core.trim_end();
                // `42kr` and `42 kr` both; not `kr` alone.
                if core.ends_with(|c: char| c.is_ascii_digit()) {
                    return (core, Some(written));
                }
            }
        }
        for unit in UNITS_BEFORE {
            if lower.starts_with(unit) {
                let (written, core) = text.split_at(unit.len());
                let core = core.trim_start();
                if core.starts_with(|c: char| c.is_ascii_digit()) {
                    return (core, Some(written));
                }
            }
        }
    }
    (text, None)
}

/// The digits of a whole part, either without separators or in groups of three after a first of
/// one to three digits, separated by one space, no-break space, narrow no-break space or point
/// throughout; with the separator, if there was one.
fn grouped_digits(whole: &str) -> Option<(String, Option<char>)> {
    if !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) {
        return Some((whole.to_owned(), None));
    }
    let separator = whole.chars().find(|c| !c.is_ascii_digit())?;
    if ![' ', '\u{a0}', '\u{202f}', '.'].contains(&separator) {
        return None;
    }
    let groups: Vec<&str> = whole.split(separator).collect();
    let (first, rest) = groups.split_first()?;
    let all_digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(first) || first.len() > 3 || rest.is_empty() {
        return None;
    }
    if !rest.iter().all(|g| g.len() == 3 && all_digits(g)) {
        return None;
    }
    Some((groups.concat(), Some(separator)))
}

/// A date written day first (`1.8.2025`, `01.08.2026`, `1/8/2025`, `01-08-2026`) or year first
/// without leading zeros (`2025-8-1`) → `2025-08-01`, if it is a real day.
pub fn date(text: &str) -> Option<Suggestion> {
    let text = text.trim();
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    if !['.', '/', '-'].contains(&separator) {
        return None;
    }
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let year = |p: &str| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit());
    let (y, m, d) = if short(a) && short(b) && year(c) {
        (c, b, a)
    } else if separator == '-' && year(a) && short(b) && short(c) && (b.len() < 2 || c.len() < 2) {
        (a, b, c)
    } else {
        return None;
    };
    let date = jiff::civil::Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()?;
    Some(Suggestion {
        habit: Habit::Date,
        fixed: date.to_string(),
    })
}

/// A number literal with points between groups of three digits (`200.000`, `1.500`), which TOML
/// and YAML read as a decimal (200, 1.5): the digits without the points, as meant.
pub fn point_groups(literal: &str) -> Option<String> {
    let literal = literal.trim();
    let (sign, rest) = match literal.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", literal.strip_prefix('+').unwrap_or(literal)),
    };
    match grouped_digits(rest)? {
        (digits, Some('.')) => Some(format!("{sign}{digits}")),
        _ => None,
    }
}

/// The help of a `schema` error at `node` (`text` is its file's), if its value is a number or a
/// date written the Norwegian way: a number when `number_expected`, else a date (or anything else
/// that a date-shaped text may be). The help shows the line as it should be.
pub fn schema_help(text: &str, node: &Node, number_expected: bool) -> Option<Msg> {
    let (start, end) = (node.start as usize, node.end as usize);
    let literal = text.get(start..end)?;
    let line = |fixed: &str| corrected_line(text, start, end, fixed);
    match &node.kind {
        NodeKind::Str(s) => {
            let suggestion = if number_expected { number(s) } else { date(s) }?;
            Some(suggestion.help(&line(&suggestion.fixed)))
        }
        NodeKind::Float(read) if number_expected => {
            let fixed = point_groups(literal)?;
            Some(point_help(literal, *read, &line(&fixed)))
        }
        _ => None,
    }
}

/// The line of the value at `start..end` in `text` with the value replaced by `fixed`, trimmed;
/// `fixed` alone when the value spans lines.
fn corrected_line(text: &str, start: usize, end: usize, fixed: &str) -> String {
    if text[start..end].contains('\n') {
        return fixed.to_owned();
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..]
        .find(['\r', '\n'])
        .map_or(text.len(), |i| end + i);
    // A comment after the value is not part of the line to write.
    let rest = &text[end..line_end];
    let rest = rest.find(" #").map_or(rest, |at| &rest[..at]);
    format!("{}{fixed}{rest}", &text[line_start..start])
        .trim()
        .to_owned()
}

/// "the point is a decimal point, so `200.000` is read as 200: did you mean `200000`?"
fn point_help(literal: &str, read: f64, fixed: &str) -> Msg {
    msg!(
        "habit-point-is-decimal",
        value = literal,
        read = read,
        fixed = fixed
    )
}

/// Warnings for amounts in kroner written with points between the thousands that are read
/// without an error as a smaller number: an indicator of quantity `amount` whose baseline,
/// target or measurement is `200.000` (read as 200). A cost's `amount` is a whole number, so
/// `200.000` there is already a `schema` error (with the same question as its help).
pub fn amount_findings(plan: &Plan, sources: &Sources) -> Vec<Finding> {
    let mut findings = Vec::new();
    for indicator in &plan.indicators {
        if indicator.quantity.value != IndicatorQuantity::Amount {
            continue;
        }
        let values = indicator
            .baseline
            .iter()
            .chain(&indicator.target)
            .chain(&indicator.measurements)
            .map(|year_value| &year_value.value.value);
        for value in values {
            if let Some(finding) = amount_with_points(value, sources) {
                findings.push(finding);
            }
        }
    }
    findings
}

/// The warning for one amount, if it was written with points between the thousands.
fn amount_with_points(value: &Spanned<f64>, sources: &Sources) -> Option<Finding> {
    let span = value.span;
    let text = &sources.get(span.file).text;
    let literal = text.get(span.start as usize..span.end as usize)?;
    let fixed = point_groups(literal)?;
    let meant: i64 = fixed.parse().ok()?;
    let mut finding = Finding::at(
        Code::Parse,
        span,
        msg!(
            "parse-amount-with-points",
            value = literal,
            read = value.value
        ),
    )
    .label(msg!("parse-amount-with-points-label", read = value.value))
    .help(msg!(
        "parse-amount-with-points-help",
        meant = crate::diag::Arg::Money(meant),
        fixed = fixed
    ));
    finding.severity = Severity::Warning;
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> Option<(Habit, String)> {
        suggest(text).map(|s| (s.habit, s.fixed))
    }

    fn unit(u: &str) -> Habit {
        Habit::Unit(u.to_owned())
    }

    #[test]
    fn a_decimal_comma_becomes_a_point() {
        assert_eq!(fixed("48,2"), Some((Habit::DecimalComma, "48.2".into())));
        assert_eq!(fixed(" 0,5 "), Some((Habit::DecimalComma, "0.5".into())));
        assert_eq!(fixed("-1,25"), Some((Habit::DecimalComma, "-1.25".into())));
        assert_eq!(
            fixed("1 500,50"),
            Some((Habit::DecimalComma, "1500.50".into()))
        );
        assert_eq!(
            fixed("1.500,50"),
            Some((Habit::DecimalComma, "1500.50".into()))
        );
    }

    #[test]
    fn spaces_between_thousands_go() {
        let space = |s: &str| (Habit::GroupSpace, s.to_owned());
        assert_eq!(fixed("200 000"), Some(space("200000")));
        assert_eq!(
            fixed("200\u{a0}000"),
            Some(space("200000")),
            "no-break space"
        );
        assert_eq!(fixed("1\u{202f}500\u{202f}000"), Some(space("1500000")));
        assert_eq!(fixed("12 500.5"), Some(space("12500.5")));
    }

    #[test]
    fn points_between_thousands_go() {
        assert_eq!(
            fixed("1.500.000"),
            Some((Habit::GroupPoint, "1500000".into()))
        );
        assert_eq!(fixed("200.000"), Some((Habit::GroupPoint, "200000".into())));
    }

    #[test]
    fn a_unit_goes_and_is_named() {
        assert_eq!(fixed("200000 kr"), Some((unit("kr"), "200000".into())));
        assert_eq!(fixed("200 000 kr"), Some((unit("kr"), "200000".into())));
        assert_eq!(fixed("kr 200 000"), Some((unit("kr"), "200000".into())));
        assert_eq!(fixed("200.000,-"), Some((unit(",-"), "200000".into())));
        assert_eq!(fixed("NOK 1500"), Some((unit("NOK"), "1500".into())));
        assert_eq!(
            fixed("150000 kroner"),
            Some((unit("kroner"), "150000".into()))
        );
        assert_eq!(fixed("42 %"), Some((unit("%"), "42".into())));
        assert_eq!(fixed("42%"), Some((unit("%"), "42".into())));
        assert_eq!(fixed("48,2 %"), Some((unit("%"), "48.2".into())));
        assert_eq!(fixed("12 prosent"), Some((unit("prosent"), "12".into())));
    }

    #[test]
    fn what_is_no_habit_is_left_alone() {
        for text in [
            "48",
            "48.2",
            "-3",
            "",
            "kr",
            "%",
            "abc",
            "12 ansatte",
            "1,2,3",
            "1 50",
            "1234 567",
            "48,",
            "48,2a",
            "1.500.25",
            "1.5.5",
            "2 %%",
            "Mål: 42 %",
            "1 000 000 000 000 0",
        ] {
            assert_eq!(number(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_date_day_first_becomes_year_month_day() {
        let date = |s: &str| Some((Habit::Date, s.to_owned()));
        assert_eq!(fixed("1.8.2025"), date("2025-08-01"));
        assert_eq!(fixed("01.08.2026"), date("2026-08-01"));
        assert_eq!(fixed("31/12/2025"), date("2025-12-31"));
        assert_eq!(fixed("01-08-2026"), date("2026-08-01"));
        assert_eq!(fixed("2025-8-1"), date("2025-08-01"));
        assert_eq!(fixed(" 2026-12-3 "), date("2026-12-03"));
    }

    #[test]
    fn what_is_no_date_is_left_alone() {
        for text in [
            "2025-08-01",
            "32.1.2025",
            "29.2.2025",
            "1.13.2025",
            "1.8.25",
            "1.8",
            "1.8.2025.",
            "a.b.cdef",
            "1..2025",
            "12.500.000",
        ] {
            assert_eq!(date(text), None, "{text:?}");
        }
        // 29 February exists in leap years.
        assert!(date("29.2.2028").is_some());
    }

    #[test]
    fn points_in_a_number_literal_are_read_as_thousands() {
        assert_eq!(point_groups("200.000"), Some("200000".into()));
        assert_eq!(point_groups("1.500"), Some("1500".into()));
        assert_eq!(point_groups("-1.500.000"), Some("-1500000".into()));
        for literal in ["200", "200.5", "200.0000", "1_000.000", "2e3", "1500.000.5"] {
            assert_eq!(point_groups(literal), None, "{literal:?}");
        }
    }

    #[test]
    fn a_schema_help_asks_what_was_meant_with_the_line_as_meant() {
        use crate::load::parse_text;
        use crate::load::tree::testing::get;
        use crate::text::Language;
        let help = |text: &str, key: &str, number: bool| {
            let root = parse_text(text, false).unwrap().unwrap();
            schema_help(text, get(&root, key), number).map(|m| m.text(Language::En))
        };
        assert_eq!(
            help("fte: 48,2  # note\n", "fte", true).as_deref(),
            Some("write decimals with a point, not a comma: did you mean `fte: 48.2`?")
        );
        assert_eq!(
            help("fte: \"48,2\"\n", "fte", true).as_deref(),
            Some("write decimals with a point, not a comma: did you mean `fte: 48.2`?"),
            "the quotes go too"
        );
        assert_eq!(
            help("start: 1.8.2025\n", "start", false).as_deref(),
            Some("write dates as year-month-day: did you mean `start: 2025-08-01`?")
        );
        assert!(help("fte: 48,2\n", "fte", false).is_none(), "no date");
        assert!(
            help("start: 1.8.2025\n", "start", true).is_none(),
            "no number"
        );
        assert_eq!(
            help("amount: 200.000\n", "amount", true).as_deref(),
            Some(
                "the point is a decimal point here, so kplan reads `200.000` as 200: did you mean `amount: 200000`?"
            )
        );
        assert!(help("amount: 200.5\n", "amount", true).is_none());
        let text = "title: |\n  48,2\n";
        let root = parse_text(text, false).unwrap().unwrap();
        let nb = schema_help(text, get(&root, "title"), true)
            .unwrap()
            .text(Language::Nb);
        assert_eq!(
            nb, "skriv desimaltall med punktum, ikke komma: mente du `48.2`?",
            "a value over several lines: the value alone"
        );
    }
}
