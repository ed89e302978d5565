//! The `personal-data` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::msg;
use crate::source::Span;
use crate::validate::{RuleContext, Sink};

/// `personal-data`: text contains a valid Norwegian national identity number (fødselsnummer or
/// D-number). The whole source text is scanned, comments included: the files themselves are
/// shared in git. Every parsed text value whose text differs from what the file shows at its
/// place (YAML escapes, line continuations and folds, TOML escapes) is scanned too, and a number
/// found only there is reported at the whole value. The finding never repeats the number in full.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    // In file order, and by position within each file: sorted by (file, start) and by (file, end).
    let mut raw: Vec<(Span, String)> = Vec::new();
    for (file, source) in cx.sources.iter() {
        for (start, end, digits) in scan(&source.text, true) {
            raw.push((Span::new(file, start as u32, end as u32), digits));
        }
    }
    let mut decoded: Vec<(Span, String)> = Vec::new();
    for (span, value) in &cx.plan.decoded_strings {
        let mut in_value: Vec<String> = identity_numbers(value)
            .into_iter()
            .map(|(_, _, digits)| digits)
            .collect();
        // One number found by both scans is reported once, at its exact place in the file.
        let from = raw.partition_point(|(s, _)| (s.file, s.end) <= (span.file, span.start));
        let inside = raw[from..]
            .iter()
            .take_while(|(s, _)| s.file == span.file && s.start < span.end);
        for (_, digits) in inside {
            if let Some(i) = in_value.iter().position(|d| d == digits) {
                in_value.swap_remove(i);
            }
        }
        decoded.extend(in_value.into_iter().map(|digits| (*span, digits)));
    }
    let found = raw
        .into_iter()
        .map(|(span, digits)| (span, digits, false))
        .chain(
            decoded
                .into_iter()
                .map(|(span, digits)| (span, digits, true)),
        );
    for (span, digits, decoded) in found {
        let label = if decoded {
            msg!("personal-data-decoded-label")
        } else {
            msg!("personal-data-label")
        };
        // Only the first two digits: the message reaches terminals, CI logs and scanning reports.
        let masked = format!("{}{}", &digits[..2], "*".repeat(9));
        sink.push(
            Finding::at(
                Code::PersonalData,
                span,
                msg!("personal-data", masked = masked),
            )
            .label(label)
            .help(msg!("personal-data-help")),
        );
    }
}

/// Every valid fødselsnummer or D-number in a text value; see [`scan`]. Returns byte ranges and
/// the digits in ASCII.
pub fn identity_numbers(text: &str) -> Vec<(usize, usize, String)> {
    scan(text, false)
}

/// The code points of the digit zero in Unicode's decimal digits (category Nd) beyond ASCII, each
/// the start of ten consecutive digits 0–9: full-width, Arabic-Indic, Devanagari, the mathematical
/// digits of "fancy text" generators, … (Unicode 14).
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit in any script (`7`, full-width `７`, Arabic-Indic `٧`, …).
fn decimal_digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    let cp = c as u32;
    let zero = DIGIT_ZEROS[DIGIT_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?];
    (cp - zero < 10).then(|| (cp - zero) as u8)
}

/// What people put between the digit groups of a number.
#[derive(Clone, Copy, PartialEq)]
enum Separator {
    /// Spaces of every width (no-break, thin, narrow, ideographic), invisible joiners and soft
    /// hyphens; a YAML line fold.
    Space,
    /// Dashes and minus signs, full stops.
    Mark,
    /// `_`, `/` and `,`: they also part the numbers of a list, a path, a file name or decimals,
    /// so a number that holds one counts only when grouped as in [`PERSON_LAYOUTS`], and a comma
    /// only with no space beside it (`12, 34, 56` is a list).
    Weak(char),
}

fn separator(c: char) -> Option<Separator> {
    match c {
        ' '
        | '\t'
        | '\u{a0}'
        | '\u{ad}'
        | '\u{2000}'..='\u{200d}'
        | '\u{202f}'
        | '\u{2060}'
        | '\u{3000}'
        | '\u{feff}' => Some(Separator::Space),
        '.' | '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{ff0d}' | '\u{ff0e}' => {
            Some(Separator::Mark)
        }
        '_' | '/' | ',' => Some(Separator::Weak(c)),
        _ => None,
    }
}

/// Most separator characters between two digit groups of one number (`DD.MM.YY  NNNNN` has two,
/// and so has `DDMMYY--NNNNN`); a YAML line fold (line break plus indentation) counts as one.
/// Beyond that, a run of the shape "at most [`MAX_SPACES`] spaces, one mark, at most
/// [`MAX_SPACES`] spaces" (`DDMMYY - NNNNN`, `DDMMYY  –  NNNNN`, `DDMMYY / NNNNN`) joins two
/// groups too; see [`Run`].
const MAX_SEPARATORS: usize = 2;

/// Most spaces (a line fold counts as one) on either side of the one mark of a [`Run`].
const MAX_SPACES: usize = 2;

/// The separators since the last digit.
#[derive(Default)]
struct Run {
    /// Separators, counted as [`MAX_SEPARATORS`] counts them, and whether a `_`, `/` or `,` was
    /// among them (they join only in the shape below).
    count: usize,
    weak: bool,
    /// The shape "spaces, at most one mark, spaces": the spaces before the first mark, the marks,
    /// the spaces after it.
    before: usize,
    marks: usize,
    after: usize,
    /// No number's shape: a mark after a line fold (`\n  - ` starts a list item), or a comma
    /// beside a space.
    broken: bool,
    /// Whether a line fold is among the separators; whether a comma is.
    folded: bool,
    comma: bool,
}

impl Run {
    /// Adds one separator.
    fn push(&mut self, separator: Separator) {
        self.count += 1;
        if separator == Separator::Space {
            self.broken |= self.comma;
            if self.marks == 0 {
                self.before += 1;
            } else {
                self.after += 1;
            }
            return;
        }
        self.marks += 1;
        self.broken |= self.folded;
        if let Separator::Weak(c) = separator {
            self.weak = true;
            if c == ',' {
                self.comma = true;
                self.broken |= self.before > 0;
            }
        }
    }

    /// Adds the line break of a YAML line fold.
    fn fold(&mut self) {
        self.push(Separator::Space);
        self.folded = true;
    }

    /// Whether the separators so far still join two digit groups.
    fn joins(&self) -> bool {
        let counted = !self.weak && self.count <= MAX_SEPARATORS;
        let shaped = !self.broken
            && self.marks <= 1
            && self.before <= MAX_SPACES
            && self.after <= MAX_SPACES;
        counted || shaped
    }
}

/// How people group the eleven digits of an identity number when more digits are near it:
/// `DDMMYYNNNNN`, `DDMMYY NNNNN`, `DD.MM.YY NNNNN`, `DD MM YY NNN NN`, `DDMMYY NNN NN`.
const PERSON_LAYOUTS: &[&[usize]] = &[&[11], &[6, 5], &[2, 2, 2, 5], &[2, 2, 2, 3, 2], &[6, 3, 2]];

/// How Norwegian bank account numbers are grouped (`1234 56 78903`): their control digit uses
/// the same weights as the second control digit of an identity number, so they are left out.
const ACCOUNT_LAYOUT: &[usize] = &[4, 2, 5];

/// One run of digits: its byte range, its digits in ASCII, and whether a `_`, `/` or `,` parts
/// it from the group before.
struct Group {
    start: usize,
    end: usize,
    digits: String,
    weak: bool,
}

/// Every valid identity number in `text`: 11 digits in any script, in groups parted by at most
/// [`MAX_SEPARATORS`] separators or by spaces around one mark (see [`Run`]; and, when `folds`,
/// YAML line folds), not part of a longer number, with a valid date and both mod-11 control
/// digits.
///
/// The groups joined this way form a number. It is a candidate if it has exactly 11 digits (and
/// is not grouped like a bank account, nor, when a `_`, `/` or `,` parts it, otherwise than in
/// [`PERSON_LAYOUTS`]); a longer one holds a candidate only where consecutive groups are laid
/// out as people write identity numbers ([`PERSON_LAYOUTS`]), so that amounts
/// (`1 250 000 300 000`), phone numbers and dates beside other numbers do not make one.
fn scan(text: &str, folds: bool) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut chain: Vec<Group> = Vec::new();
    // Separators since the last digit; whether the last of them was a line break (the
    // indentation after it is free).
    let (mut run, mut line_break, mut in_group) = (Run::default(), false, false);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(d) = decimal_digit(c) {
            let end = i + c.len_utf8();
            match chain.last_mut() {
                Some(group) if in_group => {
                    group.end = end;
                    group.digits.push(char::from(b'0' + d));
                }
                _ => chain.push(Group {
                    start: i,
                    end,
                    digits: char::from(b'0' + d).to_string(),
                    weak: !chain.is_empty() && run.weak,
                }),
            }
            (run, line_break, in_group) = (Run::default(), false, true);
            continue;
        }
        in_group = false;
        if chain.is_empty() {
            continue;
        }
        let joins = if folds && c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            true
        } else if folds && c == '\n' && !line_break {
            line_break = true;
            run.fold();
            true
        } else if line_break && matches!(c, ' ' | '\t') {
            true
        } else if let Some(separator) = separator(c) {
            line_break = false;
            run.push(separator);
            true
        } else {
            false
        };
        if !joins || !run.joins() {
            candidates(&chain, &mut out);
            chain.clear();
            (run, line_break) = (Run::default(), false);
        }
    }
    candidates(&chain, &mut out);
    out
}

/// The identity numbers in one number made of digit groups (see [`scan`]).
fn candidates(chain: &[Group], out: &mut Vec<(usize, usize, String)>) {
    let lengths: Vec<usize> = chain.iter().map(|g| g.digits.len()).collect();
    let mut push = |groups: &[Group]| {
        let digits: String = groups.iter().map(|g| g.digits.as_str()).collect();
        let valid = is_identity_number(&digits);
        if valid {
            out.push((groups[0].start, groups[groups.len() - 1].end, digits));
        }
        valid
    };
    if lengths.iter().sum::<usize>() == 11 {
        let weak = chain.iter().any(|g| g.weak);
        if lengths != ACCOUNT_LAYOUT && (!weak || PERSON_LAYOUTS.contains(&lengths.as_slice())) {
            push(chain);
        }
        return;
    }
    let mut first = 0;
    'windows: while first < chain.len() {
        for layout in PERSON_LAYOUTS {
            let last = first + layout.len();
            if lengths.get(first..last) == Some(layout) && push(&chain[first..last]) {
                first = last;
                continue 'windows;
            }
        }
        first += 1;
    }
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
            // A control digit of 10 shows as `a`, which no scan accepts.
            .map(|x| char::from_digit(*x, 11).unwrap())
            .collect()
    }

    /// A valid number for the date part `date` (DDMMYY, day + 40 for a D-number).
    fn valid_number_on(date: &str) -> String {
        // Try individual numbers until both control digits are defined (not 10).
        (100..999)
            .map(|n| make(&format!("{date}{n}")))
            .find(|s| s.len() == 11 && is_identity_number(s))
            .unwrap()
    }

    fn valid_number() -> String {
        valid_number_on("010190")
    }

    /// The number's digits in `layout` groups joined by `sep`.
    fn grouped(n: &str, layout: &[usize], sep: &str) -> String {
        let mut at = 0;
        let groups: Vec<&str> = layout
            .iter()
            .map(|len| {
                at += len;
                &n[at - len..at]
            })
            .collect();
        groups.join(sep)
    }

    /// The number written with the digits of another script, from its digit zero.
    fn in_script(n: &str, zero: u32) -> String {
        n.chars()
            .map(|c| char::from_u32(zero + c.to_digit(10).unwrap()).unwrap())
            .collect()
    }

    /// Finds exactly one number in `text` (folds allowed), with these digits, spanning `covers`.
    fn assert_found(text: &str, n: &str, covers: &str) {
        let found = scan(text, true);
        assert_eq!(
            found.len(),
            1,
            "expected one number in {text:?}, found {found:?}"
        );
        let (start, end, digits) = &found[0];
        assert_eq!(digits, n, "in {text:?}");
        assert_eq!(&text[*start..*end], covers, "span in {text:?}");
    }

    fn assert_none(text: &str) {
        let found = scan(text, true);
        assert!(
            found.is_empty(),
            "expected no number in {text:?}, found {found:?}"
        );
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
        assert!(identity_numbers(&format!("{n}9")).is_empty());
        assert!(identity_numbers("32019012345").is_empty());
        assert!(identity_numbers("2025-08-01 12345678").is_empty());
    }

    #[test]
    fn finds_d_numbers() {
        let n = valid_number_on("410190");
        assert_found(&format!("d-nummer {n}"), &n, &n);
    }

    #[test]
    fn finds_date_and_individual_number_apart() {
        let n = valid_number();
        for sep in [" ", "-", "  ", "\t", ". ", " -"] {
            let text = grouped(&n, &[6, 5], sep);
            assert_found(&format!("fnr: {text}."), &n, &text);
        }
    }

    #[test]
    fn finds_dotted_dates() {
        let n = valid_number();
        let dotted = format!("{}.{}.{} {}", &n[..2], &n[2..4], &n[4..6], &n[6..]);
        assert_found(&format!("født {dotted}"), &n, &dotted);
        let dotted_two = format!("{}.{}.{}  {}", &n[..2], &n[2..4], &n[4..6], &n[6..]);
        assert_found(&dotted_two, &n, &dotted_two);
    }

    #[test]
    fn finds_spaced_groups() {
        let n = valid_number();
        let text = grouped(&n, &[2, 2, 2, 3, 2], " ");
        assert_found(&format!("({text})"), &n, &text);
        let text = grouped(&n, &[6, 3, 2], " ");
        assert_found(&text, &n, &text);
    }

    #[test]
    fn finds_unicode_spaces_and_dashes() {
        let n = valid_number();
        for sep in [
            "\u{a0}", "\u{202f}", "\u{2009}", "\u{2002}", "\u{200a}", "\u{2010}", "\u{2011}",
            "\u{2013}", "\u{2014}", "\u{2212}", "\u{200b}", "\u{ad}", "\u{3000}",
        ] {
            let text = grouped(&n, &[6, 5], sep);
            assert_found(&format!("x {text} y"), &n, &text);
        }
    }

    #[test]
    fn finds_digits_of_other_scripts() {
        let n = valid_number();
        for zero in [0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE, 0x1D7F6] {
            let text = in_script(&n, zero);
            assert_found(&format!("nr {text}"), &n, &text);
        }
        // Mixed: full-width date part, ASCII individual number.
        let mixed = format!("{} {}", in_script(&n[..6], 0xFF10), &n[6..]);
        assert_found(&mixed, &n, &mixed);
    }

    #[test]
    fn finds_numbers_split_by_a_line_fold() {
        let n = valid_number();
        for fold in ["\n    ", "\r\n  ", " \n  ", "\n", "\n\t"] {
            let text = grouped(&n, &[6, 5], fold);
            assert_found(&format!("note: >\n  født {text} og"), &n, &text);
        }
        // A parsed value has no folds left: a line break there is a real one.
        assert!(identity_numbers(&grouped(&n, &[6, 5], "\n")).is_empty());
    }

    #[test]
    fn finds_numbers_beside_other_numbers() {
        let n = valid_number();
        assert_found(&format!("2026 {n} 2027"), &n, &n);
        let dotted = format!("{}.{}.{} {}", &n[..2], &n[2..4], &n[4..6], &n[6..]);
        assert_found(&format!("{dotted} 2026"), &n, &dotted);
        let spaced = grouped(&n, &[6, 5], " ");
        assert_found(&format!("4 {spaced}"), &n, &spaced);
    }

    #[test]
    fn finds_a_dash_or_other_mark_between_spaces() {
        let n = valid_number_on("010170");
        for sep in [
            " - ",
            "  -  ",
            "\u{2009}-\u{2009}",
            " \u{2013} ",
            "\u{a0}\u{2013}\u{a0}",
            " -",
            "- ",
            "_",
            ",",
            " / ",
            "/",
            " . ",
        ] {
            let text = grouped(&n, &[6, 5], sep);
            assert_found(&format!("fnr: {text}."), &n, &text);
            assert_found(&format!("x {text} y"), &n, &text);
        }
        // The other layouts people write, with these marks.
        let text = grouped(&n, &[2, 2, 2, 5], "/");
        assert_found(&format!("født {text}"), &n, &text);
        let text = grouped(&n, &[6, 3, 2], " - ");
        assert_found(&text, &n, &text);
        // A line fold after the mark.
        let text = grouped(&n, &[6, 5], " -\n    ");
        assert_found(&format!("note: >\n  født {text} og"), &n, &text);
        // Beside other numbers.
        let spaced = grouped(&n, &[6, 5], " - ");
        assert_found(&format!("2026 - {spaced} - 2027"), &n, &spaced);
    }

    #[test]
    fn ignores_marks_between_numbers_that_are_no_identity_number() {
        let n = valid_number();
        for text in [
            "skoleåret 2025/26",
            "skoleåret 2025/26 12345",
            "2025/26, 2026/27 og 2027/28",
            "12, 34, 56",
            "12, 34, 56, 789, 12",
            "født 01/01/70",
            "01/01/70 - 31/12/70",
            "01/01/70 12345678",
            "https://www.ssb.no/statbank/table/07459/2025/01",
            "https://example.no/sak/2025/08/01/12345",
            "1,5 / 2,5",
            "1,5 / 2,5 / 3,25 / 10,75",
            "rapport_2025_08_01_123.pdf",
        ] {
            assert_none(text);
        }
        // Built from a valid number: a list, decimals, a path or a name are not grouped like one.
        assert_none(&grouped(&n, &[2, 2, 2, 3, 2], ", "));
        assert_none(&grouped(&n, &[2, 2, 2, 5], ", "));
        assert_none(&grouped(&n, &[6, 5], " , "));
        assert_none(&grouped(&n, &[6, 5], " ,"));
        assert_none(&format!(
            "{},{} / {},{}",
            &n[..2],
            &n[2..4],
            &n[4..7],
            &n[7..]
        ));
        assert_none(&format!(
            "https://example.no/{}/{}/{}",
            &n[..5],
            &n[5..9],
            &n[9..]
        ));
        for layout in [&[4, 7][..], &[5, 6], &[3, 3, 5], &[4, 2, 5], &[1, 4, 6]] {
            for sep in ["/", ",", "_", " / "] {
                assert_none(&grouped(&n, layout, sep));
            }
        }
        // More than one mark, or too many spaces around it.
        for sep in [" -- ", "-/", "   - ", " -   ", " - - ", "/ ,", ",,"] {
            assert_none(&grouped(&n, &[6, 5], sep));
        }
    }

    #[test]
    fn ignores_numbers_that_only_look_alike() {
        let n = valid_number();
        // Too many separators, a blank line, or a bank account's grouping.
        assert_none(&grouped(&n, &[6, 5], "   "));
        assert_none(&grouped(&n, &[6, 5], "\n\n"));
        assert_none(&grouped(&n, &[6, 5], "\n  - "));
        assert_none(&grouped(&n, &[6, 5], ", "));
        assert_none(&grouped(&n, &[4, 2, 5], " "));
        assert_none(&grouped(&n, &[4, 2, 5], "."));
        // Part of a longer number, however it is grouped.
        assert_none(&format!("{}{n}", 1));
        assert_none(&format!("{} {}", &n[..6], &n[6..10]));
        assert_none(&format!("{} {}1", &n[..6], &n[6..]));
    }

    #[test]
    fn ignores_ordinary_numbers() {
        for text in [
            "telefon +47 912 34 567",
            "telefon 912 34 567 / 22 33 44 55",
            "org.nr. 974 760 673",
            "org.nr. 974760673, kommunenummer 4699",
            "budsjett: 1 250 000",
            "250 000 300 000",
            "1 250 000 2 500 000 12 500 000",
            "2025-08-01 12345678",
            "dates: [2025-08-01, 2026-01-01, 2027-06-30]",
            "period: 2025-08-01–2026-07-31",
            "years: 2026 2027 2028 2029",
            "01.08.2025 kl. 12.00",
            "kontonummer 1503 12 34567",
            "versjon 1.2.3.4.5.6.7.8.9.10",
        ] {
            assert_none(text);
        }
    }

    #[test]
    fn digit_zeros_start_ten_digits() {
        assert!(DIGIT_ZEROS.is_sorted());
        for &zero in DIGIT_ZEROS {
            for d in 0..10 {
                let c = char::from_u32(zero + d).unwrap();
                assert!(c.is_numeric(), "{c:?}");
                assert_eq!(decimal_digit(c), Some(d as u8));
            }
        }
        assert_eq!(decimal_digit('a'), None);
        assert_eq!(decimal_digit('\u{65f}'), None);
        assert_eq!(decimal_digit('²'), None);
    }
}
