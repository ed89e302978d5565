//! Field-level comparison of two entities: nested values are flattened to dotted paths, list
//! entries keyed by what identifies them (a cost by year and funding, a member by role, …).

use std::collections::BTreeMap;

use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use super::{FieldChange, WordChange};

/// Text longer than this is compared word by word.
const LONG_TEXT: usize = 80;

/// Text of more bytes than this (on either side) is shown whole, old and new: the word diff takes
/// time quadratic in the words when the texts have little in common.
const MAX_WORD_DIFF: usize = 2_000;

/// The key of a list entry, so entries are matched by meaning rather than position.
fn entry_key(v: &Value, index: usize) -> String {
    let s = |f: &str| {
        v.get(f).and_then(|x| {
            x.as_str()
                .map(str::to_owned)
                .or_else(|| x.as_i64().map(|i| i.to_string()))
        })
    };
    if let (Some(year), Some(funding)) = (s("year"), s("funding")) {
        return format!("{year}/{funding}");
    }
    if let (Some(date), Some(title)) = (s("date"), s("title")) {
        return format!("{date} {title}");
    }
    [
        "id", "need", "year", "role", "name", "title", "kind", "date",
    ]
    .iter()
    .find_map(|f| s(f))
    .unwrap_or_else(|| index.to_string())
}

/// Scalars and lists of scalars as display text.
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(", "),
        // 4 and 4.0 read the same to a plan author.
        Value::Number(n) => match n.as_f64() {
            Some(x) if n.is_f64() && x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

fn is_leaf(v: &Value) -> bool {
    match v {
        Value::Object(_) => false,
        Value::Array(items) => !items.iter().any(|i| i.is_object()),
        _ => true,
    }
}

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                if is_leaf(v) {
                    if !v.is_null() {
                        out.insert(path, v.clone());
                    }
                } else {
                    flatten(&path, v, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("{prefix}[{}]", entry_key(item, i));
                if is_leaf(item) {
                    out.insert(path, item.clone());
                } else {
                    flatten(&path, item, out);
                }
            }
        }
        leaf => {
            out.insert(prefix.to_owned(), leaf.clone());
        }
    }
}

fn words(old: &str, new: &str) -> Vec<WordChange> {
    let mut out: Vec<WordChange> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => out.push(WordChange {
                kind,
                text: change.value().to_owned(),
            }),
        }
    }
    out
}

/// The list entries (`costs[2025/ktt]`) that `fields` has and `other` lacks.
fn entries_only_in(
    fields: &BTreeMap<String, Value>,
    other: &BTreeMap<String, Value>,
) -> Vec<String> {
    let prefixes = |m: &BTreeMap<String, Value>| -> std::collections::BTreeSet<String> {
        m.keys()
            .filter_map(|k| k.rfind(']').map(|i| k[..=i].to_owned()))
            .collect()
    };
    let theirs = prefixes(other);
    prefixes(fields)
        .into_iter()
        .filter(|p| !theirs.contains(p))
        .collect()
}

/// Replaces the fields of whole list entries present on one side only by one summary field, and
/// returns each such entry as data: an object of its fields by their path inside the entry.
fn collapse(fields: &mut BTreeMap<String, Value>, entries: &[String]) -> BTreeMap<String, Value> {
    let mut whole = BTreeMap::new();
    for entry in entries {
        let parts: Vec<(String, Value)> = fields
            .iter()
            .filter(|(k, _)| k.starts_with(entry.as_str()))
            .map(|(k, v)| {
                (
                    k[entry.len()..].trim_start_matches('.').to_owned(),
                    v.clone(),
                )
            })
            .collect();
        fields.retain(|k, _| !k.starts_with(entry.as_str()));
        let summary = parts
            .iter()
            .map(|(k, v)| {
                if k.is_empty() {
                    text(v)
                } else {
                    format!("{k}: {}", text(v))
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        fields.insert(entry.clone(), Value::String(summary));
        let data = match &parts[..] {
            [(k, v)] if k.is_empty() => v.clone(),
            _ => Value::Object(parts.into_iter().collect()),
        };
        whole.insert(entry.clone(), data);
    }
    whole
}

/// Every leaf of `v` by its path (`costs[2025/ktt].amount`), list entries keyed by meaning; nulls
/// left out.
pub fn fields(v: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    flatten("", v, &mut out);
    out
}

/// Every field that differs between `old` and `new`, in path order. A list entry that exists on
/// one side only is one change, summarised.
pub fn compare(old: &Value, new: &Value) -> Vec<FieldChange> {
    let (mut a, mut b) = (fields(old), fields(new));
    let (only_a, only_b) = (entries_only_in(&a, &b), entries_only_in(&b, &a));
    let whole_a = collapse(&mut a, &only_a);
    let whole_b = collapse(&mut b, &only_b);
    let mut paths: Vec<&String> = a.keys().chain(b.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter_map(|path| {
            let (o, n) = (a.get(path), b.get(path));
            if o == n {
                return None;
            }
            let (old, new) = (o.map(text), n.map(text));
            let long = [&old, &new]
                .iter()
                .any(|s| s.as_deref().is_some_and(|s| s.chars().count() > LONG_TEXT));
            let words = match (&old, &new) {
                (Some(x), Some(y)) if long && x.len().max(y.len()) <= MAX_WORD_DIFF => {
                    Some(words(x, y))
                }
                _ => None,
            };
            Some(FieldChange {
                field: path.clone(),
                old,
                new,
                words,
                old_value: whole_a.get(path).or(o).cloned(),
                new_value: whole_b.get(path).or(n).cloned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_are_matched_by_meaning() {
        let old = json!({"id": "T1", "title": "A", "costs": [
            {"year": 2025, "amount": 100, "funding": "ktt", "status": "budgeted"},
            {"year": 2026, "amount": 200, "funding": "ktt", "status": "budgeted"}]});
        let new = json!({"id": "T1", "title": "A", "costs": [
            {"year": 2024, "amount": 50, "funding": "own", "status": "budgeted"},
            {"year": 2025, "amount": 100, "funding": "ktt", "status": "budgeted"},
            {"year": 2026, "amount": 250, "funding": "ktt", "status": "granted"}]});
        let changes = compare(&old, &new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "costs[2024/own]",
                "costs[2026/ktt].amount",
                "costs[2026/ktt].status"
            ]
        );
        assert_eq!(changes[0].old, None);
        assert_eq!(
            changes[0].new.as_deref(),
            Some("amount: 50; funding: own; status: budgeted; year: 2024")
        );
        assert_eq!(changes[1].old.as_deref(), Some("200"));
        assert_eq!(changes[1].new.as_deref(), Some("250"));
        // The data behind the words: a whole entry as an object of its fields.
        assert_eq!(changes[0].old_value, None);
        assert_eq!(
            changes[0].new_value,
            Some(json!({"amount": 50, "funding": "own", "status": "budgeted", "year": 2024}))
        );
        assert_eq!(changes[1].new_value, Some(json!(250)));
    }

    #[test]
    fn long_text_gets_a_word_diff() {
        let a = "Vi skal gi alle assistenter mulighet til å ta fagbrev på jobb i løpet av planperioden.";
        let b = "Vi skal gi de fleste assistenter mulighet til å ta fagbrev på jobb i løpet av planperioden.";
        let changes = compare(&json!({"description": a}), &json!({"description": b}));
        let words = changes[0].words.as_ref().unwrap();
        assert!(
            words
                .iter()
                .any(|w| w.kind == "delete" && w.text.contains("alle"))
        );
        assert!(
            words
                .iter()
                .any(|w| w.kind == "insert" && w.text.contains("de fleste"))
        );
    }
}
