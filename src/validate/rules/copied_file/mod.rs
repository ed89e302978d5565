//! The `copied-file` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use std::collections::{BTreeMap, HashSet};

use crate::diag::{Code, Finding, Label};
use crate::msg;
use crate::source::{FileId, Span};
use crate::validate::{RuleContext, Sink};

/// `copied-file`: a plan file named like a copy of another (`6-tiltak - Kopi.yaml` of
/// `6-tiltak.yaml`) repeats some of its entities. One finding on the copy replaces the
/// `duplicate-id` of each repeated entity.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    for copied in copies(cx) {
        let original = &cx.sources.get(copied.original).path;
        let repeated: Vec<&str> = copied.repeated.iter().map(|(k, _)| k.text()).collect();
        let help = if copied.new.is_empty() {
            msg!("copied-file-help")
        } else {
            msg!(
                "copied-file-help-new",
                new = listed(&copied.new.iter().map(Key::text).collect::<Vec<_>>()),
                original = original.as_str()
            )
        };
        sink.push(
            Finding::new(
                Code::CopiedFile,
                Some(Label::file(copied.copy)),
                msg!(
                    "copied-file",
                    original = original.as_str(),
                    count = repeated.len(),
                    ids = listed(&repeated)
                ),
            )
            .help(help),
        );
    }
}

/// What identifies an entry across files: an entity's id, or a strategy's kind (a strategy has
/// no id).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key<'a> {
    /// An entity id.
    Id(&'a str),
    /// The `kind` of a `strategies` entry.
    Strategy(&'static str),
}

impl Key<'_> {
    fn text(&self) -> &str {
        match self {
            Key::Id(id) => id,
            Key::Strategy(kind) => kind,
        }
    }
}

/// A plan file named like a copy of another that repeats some of its entries.
#[derive(Debug)]
pub struct Copied<'a> {
    /// The copy (`6-tiltak - Kopi.yaml`).
    pub copy: FileId,
    /// The file it is named after (`6-tiltak.yaml`).
    pub original: FileId,
    /// The entries both hold, in the copy's order, with their place in the copy.
    pub repeated: Vec<(Key<'a>, Span)>,
    /// The entries only the copy has.
    pub new: Vec<Key<'a>>,
}

/// Every copy in the plan: a file whose name is that of another plan file with a copy marking
/// (see [`strip_copy_marking`]) and that holds at least one entry of it. A copy of a copy
/// (`6-tiltak - Kopi - Kopi.yaml`) is a copy of the first copy.
pub fn copies<'a>(cx: &RuleContext<'a>) -> Vec<Copied<'a>> {
    let mut entries: BTreeMap<FileId, Vec<(Key<'a>, Span)>> = BTreeMap::new();
    for (id, _) in cx.plan.ids() {
        entries
            .entry(id.span.file)
            .or_default()
            .push((Key::Id(id.value.as_str()), id.span));
    }
    for strategy in &cx.plan.strategies {
        entries.entry(strategy.kind.span.file).or_default().push((
            Key::Strategy(strategy.kind.value.as_str()),
            strategy.kind.span,
        ));
    }
    for list in entries.values_mut() {
        list.sort_by_key(|(_, span)| *span);
    }
    // The files that hold entries, by their path without the extension.
    let by_stem: BTreeMap<&str, FileId> = entries
        .keys()
        .map(|&file| (without_extension(&cx.sources.get(file).path), file))
        .collect();
    let mut found = Vec::new();
    for (&file, list) in &entries {
        let mut stem = without_extension(&cx.sources.get(file).path).to_owned();
        while let Some(base) = strip_copy_marking(&stem) {
            stem = base;
            let Some(&original) = by_stem.get(stem.as_str()).filter(|&&o| o != file) else {
                continue;
            };
            let theirs: HashSet<&Key<'_>> = entries[&original].iter().map(|(k, _)| k).collect();
            let (repeated, new): (Vec<_>, Vec<_>) =
                list.iter().cloned().partition(|(k, _)| theirs.contains(k));
            if !repeated.is_empty() {
                found.push(Copied {
                    copy: file,
                    original,
                    repeated,
                    new: new.into_iter().map(|(k, _)| k).collect(),
                });
                break;
            }
        }
    }
    found
}

/// `steg/6-tiltak.yaml` → `steg/6-tiltak`.
fn without_extension(path: &str) -> &str {
    match path.rsplit_once('.') {
        Some((stem, _)) if !stem.ends_with('/') && !stem.is_empty() => stem,
        _ => path,
    }
}

/// The name a copy was made from, when the last part of `stem` (a path without its extension)
/// carries a copy marking, with the folder kept: the marks that Windows Explorer
/// (`6-tiltak - Kopi`, `6-tiltak - Copy (2)`, older `Kopi av 6-tiltak`, `Copy of 6-tiltak`),
/// macOS Finder (`6-tiltak kopi`, `6-tiltak copy 2`), browsers and sync tools (`6-tiltak (1)`,
/// `6-tiltak (conflicted copy 2025-03-01)`) and people (`6-tiltak-kopi`, `6-tiltak_copy`) add.
/// Words are matched in any case.
pub fn strip_copy_marking(stem: &str) -> Option<String> {
    let (folder, name) = match stem.rfind('/') {
        Some(at) => stem.split_at(at + 1),
        None => ("", stem),
    };
    strip_from_name(name).map(|base| format!("{folder}{base}"))
}

/// [`strip_copy_marking`] of one file name: the part of `name` that is the original's name.
fn strip_from_name(name: &str) -> Option<&str> {
    // ASCII lower case keeps every byte where it was, so offsets hold for `name`.
    let lower = name.to_ascii_lowercase();
    // In front: "copy of X", "copy (2) of X", "kopi av X", "kopi (2) av X".
    for (word, joiner) in [("copy", " of "), ("kopi", " av ")] {
        let Some(mut rest) = lower.strip_prefix(word) else {
            continue;
        };
        if let Some(inner) = rest.strip_prefix(" (")
            && let Some(close) = inner.find(')')
            && close > 0
            && inner[..close].bytes().all(|b| b.is_ascii_digit())
        {
            rest = &inner[close + 1..];
        }
        if let Some(base) = rest.strip_prefix(joiner).filter(|b| !b.trim().is_empty()) {
            return Some(&name[name.len() - base.len()..]);
        }
    }
    // Behind: "X (2)", "X (conflicted copy …)", "X - Kopi", "X - Copy (2)", "X copy 2", "X-kopi".
    let mut end = lower.len();
    let mut marked = false;
    if lower.ends_with(')')
        && let Some(open) = lower.rfind('(')
    {
        let inside = &lower[open + 1..end - 1];
        let number = !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_digit());
        let words = ["copy", "kopi", "conflict", "konflikt"];
        if number || words.iter().any(|w| inside.contains(w)) {
            end = open;
            marked = true;
        }
    }
    end = lower[..end].trim_end().len();
    // macOS numbers its copies after the word: "X copy 2".
    let before_number = lower[..end].trim_end_matches(|c: char| c.is_ascii_digit());
    if before_number.len() < end && before_number.ends_with(' ') {
        let word_end = before_number.trim_end().len();
        if ["copy", "kopi"]
            .iter()
            .any(|w| lower[..word_end].ends_with(w))
        {
            end = word_end;
        }
    }
    for word in ["copy", "kopi"] {
        if lower[..end].ends_with(word) {
            let before = &lower[..end - word.len()];
            let stripped = before.trim_end_matches([' ', '-', '_']);
            if stripped.len() < before.len() {
                end = stripped.len();
                marked = true;
                break;
            }
        }
    }
    (marked && !lower[..end].trim().is_empty()).then(|| &name[..end])
}

/// Up to six values in backticks, joined with commas; more end with `…`.
fn listed(values: &[&str]) -> String {
    const SHOWN: usize = 6;
    let mut out: Vec<String> = values
        .iter()
        .take(if values.len() > SHOWN {
            SHOWN - 1
        } else {
            SHOWN
        })
        .map(|v| format!("`{v}`"))
        .collect();
    if values.len() > SHOWN {
        out.push("…".into());
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_markings_of_explorer_finder_browsers_and_people_are_recognised() {
        for (copy, original) in [
            ("6-tiltak - Kopi", "6-tiltak"),
            ("6-tiltak - Copy", "6-tiltak"),
            ("6-tiltak - kopi (2)", "6-tiltak"),
            ("6-tiltak - Copy (3)", "6-tiltak"),
            ("6-tiltak (2)", "6-tiltak"),
            ("6-tiltak(1)", "6-tiltak"),
            ("6-tiltak (conflicted copy 2025-03-01)", "6-tiltak"),
            ("6-tiltak kopi", "6-tiltak"),
            ("6-tiltak copy 2", "6-tiltak"),
            ("6-tiltak-kopi", "6-tiltak"),
            ("6-tiltak_copy", "6-tiltak"),
            ("Kopi av 6-tiltak", "6-tiltak"),
            ("Copy of 6-tiltak", "6-tiltak"),
            ("Copy (2) of 6-tiltak", "6-tiltak"),
            ("steg/6-tiltak - Kopi", "steg/6-tiltak"),
            ("steg/Kopi av 6-tiltak", "steg/6-tiltak"),
            ("6-tiltak - Kopi - Kopi", "6-tiltak - Kopi"),
        ] {
            assert_eq!(
                strip_copy_marking(copy).as_deref(),
                Some(original),
                "{copy}"
            );
        }
        for name in [
            "6-tiltak",
            "kopi",
            "skopi",
            "plan2",
            "6-tiltak (helse)",
            "(2)",
            "steg/kopi",
            "Kopi av ",
        ] {
            assert_eq!(strip_copy_marking(name), None, "{name}");
        }
    }

    #[test]
    fn long_lists_are_cut() {
        assert_eq!(listed(&["T1", "T2"]), "`T1`, `T2`");
        let many = ["1", "2", "3", "4", "5", "6", "7"];
        assert_eq!(listed(&many), "`1`, `2`, `3`, `4`, `5`, …");
        assert_eq!(listed(&many[..6]), "`1`, `2`, `3`, `4`, `5`, `6`");
    }
}
