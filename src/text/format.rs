//! Numbers, money, percents and dates in the conventions of the document's language:
//! `1 250 000 kr`, `62,5 %`, `19. juni 2025` in Norwegian; `NOK 1,250,000`, `62.5%`,
//! `19 June 2025` in English.

use jiff::civil::Date;

use super::{Key, Language};

/// No-break space: keeps `1 250 000` and `62,5 %` on one line.
const NBSP: char = '\u{a0}';

/// Formatting rules of one language; month names come from the translation catalogue.
#[derive(Debug, Clone)]
pub struct Formatter {
    /// The language.
    pub lang: Language,
    /// Month names, January first.
    pub months: Vec<String>,
}

impl Formatter {
    /// The formatter of a language, with the month names of its document catalogue.
    pub fn new(lang: Language) -> Self {
        let months = Key::Months
            .list(lang)
            .into_iter()
            .map(str::to_owned)
            .collect();
        Formatter { lang, months }
    }

    fn norwegian(&self) -> bool {
        self.lang != Language::En
    }

    /// A number with thousands grouped and at most two decimals, trailing zeros dropped.
    pub fn number(&self, x: f64) -> String {
        if !x.is_finite() {
            return "–".into();
        }
        let rounded = (x * 100.0).round() / 100.0;
        let negative = rounded < 0.0;
        let abs = rounded.abs();
        let int = abs.trunc() as u64;
        let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
        let (group, decimal) = if self.norwegian() {
            (NBSP, ',')
        } else {
            (',', '.')
        };
        let digits = int.to_string();
        let mut out = String::new();
        if negative && (int > 0 || cents > 0) {
            out.push('−');
        }
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(d);
        }
        if cents > 0 {
            out.push(decimal);
            let frac = format!("{cents:02}");
            out.push_str(frac.trim_end_matches('0'));
        }
        out
    }

    /// A number with at least one decimal and at most two, as årsverk and scores are written:
    /// `16,0`, `25,4`, `0,75` (a whole number of årsverk still reads as a measure, not a count).
    pub fn decimal(&self, x: f64) -> String {
        let n = self.number(x);
        if !x.is_finite() || n.contains([',', '.']) {
            return n;
        }
        let decimal = if self.norwegian() { ',' } else { '.' };
        format!("{n}{decimal}0")
    }

    /// Whole kroner.
    pub fn money(&self, amount: i64) -> String {
        let n = self.number(amount as f64);
        if self.norwegian() {
            format!("{n}{NBSP}kr")
        } else {
            format!("NOK{NBSP}{n}")
        }
    }

    /// A percent value (0–100).
    pub fn percent(&self, x: f64) -> String {
        let n = self.number(x);
        if self.norwegian() {
            format!("{n}{NBSP}%")
        } else {
            format!("{n}%")
        }
    }

    /// A date in running text.
    pub fn date(&self, date: impl Into<Date>) -> String {
        let d: Date = date.into();
        let month = self
            .months
            .get(d.month() as usize - 1)
            .map_or("", String::as_str);
        if self.norwegian() {
            format!("{}.{NBSP}{month} {}", d.day(), d.year())
        } else {
            format!("{}{NBSP}{month} {}", d.day(), d.year())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nb() -> Formatter {
        let months = [
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ];
        Formatter {
            lang: Language::Nb,
            months: months.iter().map(|m| m.to_string()).collect(),
        }
    }

    #[test]
    fn norwegian_formats() {
        let f = nb();
        assert_eq!(f.money(1_250_000), "1\u{a0}250\u{a0}000\u{a0}kr");
        assert_eq!(f.percent(62.5), "62,5\u{a0}%");
        assert_eq!(f.number(48.25), "48,25");
        assert_eq!(f.number(-7.0), "−7");
        assert_eq!(f.number(999.0), "999");
        assert_eq!(f.number(1000.0), "1\u{a0}000");
        assert_eq!(f.decimal(16.0), "16,0");
        assert_eq!(f.decimal(25.4), "25,4");
        assert_eq!(f.decimal(0.75), "0,75");
        assert_eq!(f.decimal(-2.0), "−2,0");
        assert_eq!(f.decimal(1200.0), "1\u{a0}200,0");
        assert_eq!(f.date(jiff::civil::date(2025, 6, 19)), "19.\u{a0}juni 2025");
    }

    #[test]
    fn english_formats() {
        let f = Formatter {
            lang: Language::En,
            months: vec!["June".into(); 12],
        };
        assert_eq!(f.money(1_250_000), "NOK\u{a0}1,250,000");
        assert_eq!(f.percent(62.5), "62.5%");
        assert_eq!(f.decimal(4.0), "4.0");
        assert_eq!(f.date(jiff::civil::date(2025, 6, 19)), "19\u{a0}June 2025");
    }
}
