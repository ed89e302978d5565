//! Rules that protect people: no identity numbers in a public document, no figures about groups
//! so small that they identify someone.

use crate::diag::{Code, Finding};
use crate::source::Span;
use crate::validate::Context;

/// `small-group`: a workforce row has fewer persons than `privacy_threshold` (but at least one);
/// the rendered document withholds its figures (see [`crate::privacy`]). The message never states
/// the row's size: it is a figure of a withheld row.
pub fn small_group(cx: &mut Context<'_>) {
    let threshold = cx
        .plan
        .manifest
        .as_ref()
        .map_or(5, |m| m.privacy_threshold());
    for row in &cx.plan.workforce {
        if !crate::privacy::is_small(row.employees.value, threshold) {
            continue;
        }
        let finding = Finding::at(
            Code::SmallGroup,
            row.employees.span,
            format!(
                "the workforce row for {} has fewer persons than the privacy threshold of {threshold}",
                crate::privacy::row_name(row)
            ),
        )
        .label("small group")
        .help(format!("its figures, and those of a row that includes it (such as the unit's total), are withheld from the document (\"færre enn {threshold}\"); merge it with another row (e.g. leave out `role`) to show them"));
        cx.push(finding);
    }
}

/// `personal-data`: text contains a valid Norwegian national identity number (fødselsnummer or
/// D-number). The whole source text is scanned, comments included: the files themselves are
/// shared in git. The finding never repeats the number in full.
pub fn personal_data(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for (file, source) in cx.sources.iter() {
        for (start, end, digits) in identity_numbers(&source.text) {
            found.push(
                Finding::at(
                    Code::PersonalData,
                    Span::new(file, start as u32, end as u32),
                    format!(
                        "this looks like a national identity number ({}{})",
                        &digits[..2],
                        "*".repeat(9)
                    ),
                )
                .label("identity number")
                .help("remove it: a plan sent to an elected body is public and holds no personal data beyond names and roles of those who did the work"),
            );
        }
    }
    found.into_iter().for_each(|f| cx.push(f));
}

/// Every valid fødselsnummer or D-number in `text`: 11 digits (optionally `DDMMYY NNNNN`), not part
/// of a longer number, with a valid date and both control digits. Returns byte ranges and digits.
pub fn identity_numbers(text: &str) -> Vec<(usize, usize, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digits = String::new();
        while j < bytes.len() && digits.len() < 12 {
            if bytes[j].is_ascii_digit() {
                digits.push(bytes[j] as char);
            } else if bytes[j] == b' '
                && digits.len() == 6
                && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                // "DDMMYY NNNNN"
            } else {
                break;
            }
            j += 1;
        }
        if digits.len() == 11 && is_identity_number(&digits) {
            out.push((i, j, digits));
        }
        i = j.max(i + 1);
    }
    out
}

fn is_identity_number(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 11 {
        return false;
    }
    let mut day = d[0] * 10 + d[1];
    if day > 40 {
        day -= 40; // D-number
    }
    let month = d[2] * 10 + d[3];
    let year = d[4] * 10 + d[5];
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days_in_month {
        return false;
    }
    let control = |weights: &[u32]| {
        let sum: u32 = weights.iter().zip(&d).map(|(w, x)| w * x).sum();
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k),
        }
    };
    control(&[3, 7, 6, 1, 8, 9, 4, 5, 2]) == Some(d[9])
        && control(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[10])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid number from a date part and an individual number, computing both controls.
    fn make(prefix: &str) -> String {
        let mut d: Vec<u32> = prefix.chars().map(|c| c.to_digit(10).unwrap()).collect();
        let k1 = 11
            - [3, 7, 6, 1, 8, 9, 4, 5, 2]
                .iter()
                .zip(&d)
                .map(|(w, x)| w * x)
                .sum::<u32>()
                % 11;
        d.push(if k1 == 11 { 0 } else { k1 });
        let k2 = 11
            - [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                .iter()
                .zip(&d)
                .map(|(w, x)| w * x)
                .sum::<u32>()
                % 11;
        d.push(if k2 == 11 { 0 } else { k2 });
        d.iter()
            .map(|x| char::from_digit(*x, 10).unwrap())
            .collect()
    }

    fn valid_number() -> String {
        // Try individual numbers until both control digits are defined (not 10).
        (100..999)
            .map(|n| make(&format!("010190{n}")))
            .find(|s| s.len() == 11 && is_identity_number(s))
            .unwrap()
    }

    #[test]
    fn finds_valid_numbers_only() {
        let n = valid_number();
        assert_eq!(identity_numbers(&format!("note: {n} here")).len(), 1);
        let spaced = format!("{} {}", &n[..6], &n[6..]);
        assert_eq!(identity_numbers(&format!("x {spaced}")).len(), 1);
        // One digit changed breaks the control digits.
        let mut broken = n.clone().into_bytes();
        broken[10] = if broken[10] == b'0' { b'1' } else { b'0' };
        assert!(identity_numbers(std::str::from_utf8(&broken).unwrap()).is_empty());
        // Part of a longer number, or an invalid date, is not an identity number.
        assert!(identity_numbers(&format!("9{n}")).is_empty());
        assert!(identity_numbers("32019012345").is_empty());
        assert!(identity_numbers("2025-08-01 12345678").is_empty());
    }
}
