//! Every schema error of an entity, not only the first.
//!
//! serde stops at the first error of a value, and the README promises every finding, never just
//! the first. So when an entity fails, the loader deserializes it again, from a copy of its node
//! in which the value at fault is mended, until the copy reads or a bound is reached:
//!
//! - an unknown field is removed from the copy;
//! - a value of the wrong kind, an enum value outside its list, a date that is no date … is
//!   replaced by a *placeholder* of the kind the error says the field takes (`0`, `""`, the
//!   first allowed value, `2000-01-01`, an empty list or mapping);
//! - a missing required field gets a placeholder entry (`null` first: the error it then causes
//!   tells the kind it takes, and the placeholder is changed to that kind).
//!
//! Placeholders carry spans no file has (from [`PLACEHOLDER`] up), so an error that a
//! placeholder causes is recognised as the loader's own and never reported. A missing field is
//! not reported either when it is a consequence of another error of the same mapping: an unknown
//! field the finding already suggests it for (`titel` → "did you mean `title`?").
//!
//! This uses serde itself as the judge of what is wrong, so the errors are exactly those the
//! model's types raise, in the order they raise them. The other way, checking each field against
//! a description of the model's fields and types (the JSON Schema of `kplan schema`), would be a
//! second definition of the model that could drift from the first, and could not see the checks
//! model types make by hand (dates, `{ need }` links). The entity is still left out of the plan
//! when it has any error: the mended copy only finds the errors and never reaches the rules.
//!
//! The work is bounded: at most [`limits::MAX_SCHEMA_ERRORS`] errors per entity, and as many
//! attempts as keep the nodes visited within `WORK` (a huge entity is read a few times only).

use serde::Deserialize;

use super::de::{self, DeError, DeErrorKind, Expected};
use super::tree::{Node, NodeKind};
use crate::diag::did_you_mean;
use crate::limits;
use crate::source::FileId;

/// Spans from here up belong to placeholders; real spans are file offsets, far below.
pub const PLACEHOLDER: u32 = u32::MAX / 2;

/// Nodes visited by the attempts of one entity, at most (each attempt reads the whole copy).
const WORK: usize = 4_000_000;

/// Whether `span` is a placeholder's, not a place in a file.
pub fn is_placeholder(span: (u32, u32)) -> bool {
    span.0 >= PLACEHOLDER
}

/// Deserializes `T` from `node`; when that fails, every error of the entity (at least one, in the
/// order serde meets them), as the module documentation describes.
pub fn from_node_all<T>(node: &Node, file: FileId) -> Result<T, Vec<DeError>>
where
    T: for<'de> Deserialize<'de>,
{
    let first = match de::from_node::<T>(node, file) {
        Ok(value) => return Ok(value),
        Err(err) => err,
    };
    let attempts = (WORK / count(node).max(1)).clamp(1, 3 * limits::MAX_SCHEMA_ERRORS);
    let mut mend = Mend::new(node.clone());
    mend.note_suggestion(&first);
    let mut errors = vec![first.clone()];
    let mut last = first;
    for _ in 0..attempts {
        if !mend.repair(&last) {
            break;
        }
        last = match de::from_node::<T>(&mend.copy, file) {
            Ok(_) => break,
            Err(err) => err,
        };
        if mend.is_own(&last) || errors.contains(&last) {
            continue;
        }
        if errors.len() == limits::MAX_SCHEMA_ERRORS {
            break;
        }
        mend.note_suggestion(&last);
        errors.push(last.clone());
    }
    Err(errors)
}

/// The number of nodes in a tree (keys count).
fn count(node: &Node) -> usize {
    1 + match &node.kind {
        NodeKind::Seq(items) => items.iter().map(count).sum(),
        NodeKind::Map(entries) => entries.iter().map(|(k, v)| count(k) + count(v)).sum(),
        _ => 0,
    }
}

/// One step from a node to a child.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// The item of a list.
    Item(usize),
    /// The key of a mapping entry.
    Key(usize),
    /// The value of a mapping entry.
    Value(usize),
}

/// The copy being mended, and what was done to it.
struct Mend {
    copy: Node,
    next: u32,
    /// Fields of a mapping (by its span) whose absence is no error of its own: an unknown field
    /// there was taken for them, or the mending removed them.
    explained: Vec<((u32, u32), String)>,
}

impl Mend {
    fn new(copy: Node) -> Self {
        Mend {
            copy,
            next: PLACEHOLDER,
            explained: Vec::new(),
        }
    }

    /// A new placeholder node of `kind`.
    fn placeholder(&mut self, kind: NodeKind) -> Node {
        let at = self.next;
        self.next = self.next.saturating_add(1);
        Node::new(at, at, kind)
    }

    /// Whether the error is the mending's own doing: at a placeholder, or a missing field (or a
    /// need link's missing `closes`) that an earlier error already explains.
    fn is_own(&self, err: &DeError) -> bool {
        let Some(span) = err.span else {
            return false;
        };
        if is_placeholder(span) {
            return true;
        }
        let explained = |field: &str| self.explained.iter().any(|(m, f)| *m == span && f == field);
        match &err.kind {
            DeErrorKind::MissingField(field) => explained(field),
            // `{ need: B1, closse: 6 }`: the unknown field was meant as `closes`.
            DeErrorKind::InvalidType {
                expected: Expected::NeedLink,
                ..
            } => explained("closes") || explained("strategy"),
            _ => false,
        }
    }

    /// After an unknown field is reported, remembers the field it was likely meant as.
    fn note_suggestion(&mut self, err: &DeError) {
        let (DeErrorKind::UnknownField { field, expected }, Some(span)) = (&err.kind, err.span)
        else {
            return;
        };
        let Some(suggestion) = did_you_mean(field, expected.iter().copied()) else {
            return;
        };
        let map = match path_to(&self.copy, span) {
            Some(path) => match path.split_last() {
                Some((Step::Key(_), parent)) => {
                    node_at(&self.copy, parent).map(|n| (n.start, n.end))
                }
                _ => Some(span), // reported at the mapping itself
            },
            None => None,
        };
        if let Some(map) = map {
            self.explained.push((map, suggestion.to_owned()));
        }
    }

    /// Mends the copy where `err` is; false when nothing can be done there.
    fn repair(&mut self, err: &DeError) -> bool {
        let span = err.span.unwrap_or((self.copy.start, self.copy.end));
        let Some(mut path) = path_to(&self.copy, span) else {
            return false;
        };
        match &err.kind {
            DeErrorKind::UnknownField { field, .. } => {
                if !matches!(path.last(), Some(Step::Key(_))) {
                    // Raised at the mapping (a hand-written visitor): find the key in it.
                    let Some(i) = entry_named(node_at(&self.copy, &path), field, false) else {
                        return false;
                    };
                    path.push(Step::Key(i));
                }
                self.remove(&path)
            }
            DeErrorKind::DuplicateField(field) => {
                if !matches!(path.last(), Some(Step::Key(_))) {
                    let Some(i) = entry_named(node_at(&self.copy, &path), field, true) else {
                        return false;
                    };
                    path.push(Step::Key(i));
                }
                self.remove(&path)
            }
            DeErrorKind::MissingField(field) => {
                let key = self.placeholder(NodeKind::Str((*field).to_owned()));
                let value = self.placeholder(NodeKind::Null);
                match node_at_mut(&mut self.copy, &path).map(|n| &mut n.kind) {
                    Some(NodeKind::Map(entries)) => {
                        entries.push((key, value));
                        true
                    }
                    _ => false,
                }
            }
            DeErrorKind::UnknownVariant { expected, .. } => match expected.first() {
                Some(first) => self.replace(&path, NodeKind::Str((*first).to_owned())),
                None => self.remove(&path),
            },
            DeErrorKind::InvalidType { expected, .. } => match stand_in(expected) {
                Some(kind) => self.replace(&path, kind),
                None => self.remove(&path),
            },
            DeErrorKind::EmptyList => {
                let item = self.placeholder(NodeKind::Null);
                self.replace(&path, NodeKind::Seq(vec![item]))
            }
            DeErrorKind::Other(_) => self.remove(&path),
        }
    }

    /// Puts a placeholder of `kind` where `path` leads; false if that changes nothing (the
    /// placeholder there already is of that kind), in which case the node is removed instead.
    fn replace(&mut self, path: &[Step], kind: NodeKind) -> bool {
        let new = self.placeholder(kind);
        match node_at_mut(&mut self.copy, path) {
            Some(node) if is_placeholder((node.start, node.end)) && node.kind == new.kind => {
                self.remove(path)
            }
            Some(node) => {
                *node = new;
                true
            }
            None => false,
        }
    }

    /// Removes the list item or mapping entry `path` leads to; false at the root. A removed
    /// field's absence is then no error of its own.
    fn remove(&mut self, path: &[Step]) -> bool {
        let Some((last, parent)) = path.split_last() else {
            return false;
        };
        let Some(node) = node_at_mut(&mut self.copy, parent) else {
            return false;
        };
        let map = (node.start, node.end);
        match (&mut node.kind, last) {
            (NodeKind::Seq(items), Step::Item(i)) if *i < items.len() => {
                items.remove(*i);
                true
            }
            (NodeKind::Map(entries), Step::Key(i) | Step::Value(i)) if *i < entries.len() => {
                let (key, _) = entries.remove(*i);
                if let Some(name) = key.as_str() {
                    self.explained.push((map, name.to_owned()));
                }
                true
            }
            _ => false,
        }
    }
}

/// A value of the kind `expected` that reads without error, when there is one.
fn stand_in(expected: &Expected) -> Option<NodeKind> {
    Some(match expected {
        Expected::WholeNumber | Expected::Number => NodeKind::Int(0),
        Expected::Year => NodeKind::Int(2000),
        Expected::Text | Expected::NeedRef | Expected::NeedLink => NodeKind::Str(String::new()),
        Expected::Bool => NodeKind::Bool(false),
        Expected::List => NodeKind::Seq(Vec::new()),
        Expected::Mapping => NodeKind::Map(Vec::new()),
        Expected::Date => NodeKind::Str("2000-01-01".to_owned()),
        Expected::Deadline => NodeKind::Str("01-01".to_owned()),
        Expected::OneOf(values) => NodeKind::Str((*values.first()?).to_owned()),
        Expected::Other(_) => return None,
    })
}

/// The index of the (first or last) entry of mapping `node` whose key is `name`.
fn entry_named(node: Option<&Node>, name: &str, last: bool) -> Option<usize> {
    let entries = node?.as_map()?;
    let mut named = entries
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| k.as_str() == Some(name))
        .map(|(i, _)| i);
    if last {
        named.next_back()
    } else {
        named.next()
    }
}

/// The path to the deepest node at exactly `span` (keys included); the root is the empty path.
fn path_to(node: &Node, span: (u32, u32)) -> Option<Vec<Step>> {
    fn walk(node: &Node, span: (u32, u32), path: &mut Vec<Step>) -> bool {
        let children: Vec<(Step, &Node)> = match &node.kind {
            NodeKind::Seq(items) => items
                .iter()
                .enumerate()
                .map(|(i, n)| (Step::Item(i), n))
                .collect(),
            NodeKind::Map(entries) => entries
                .iter()
                .enumerate()
                .flat_map(|(i, (k, v))| [(Step::Key(i), k), (Step::Value(i), v)])
                .collect(),
            _ => Vec::new(),
        };
        // Every child is searched: a TOML table's range need not hold its entries' ranges.
        for (step, child) in children {
            path.push(step);
            if walk(child, span, path) {
                return true;
            }
            path.pop();
        }
        (node.start, node.end) == span
    }
    let mut path = Vec::new();
    walk(node, span, &mut path).then_some(path)
}

fn node_at<'n>(node: &'n Node, path: &[Step]) -> Option<&'n Node> {
    path.iter()
        .try_fold(node, |node, step| match (&node.kind, step) {
            (NodeKind::Seq(items), Step::Item(i)) => items.get(*i),
            (NodeKind::Map(entries), Step::Key(i)) => entries.get(*i).map(|(k, _)| k),
            (NodeKind::Map(entries), Step::Value(i)) => entries.get(*i).map(|(_, v)| v),
            _ => None,
        })
}

fn node_at_mut<'n>(node: &'n mut Node, path: &[Step]) -> Option<&'n mut Node> {
    path.iter()
        .try_fold(node, |node, step| match (&mut node.kind, step) {
            (NodeKind::Seq(items), Step::Item(i)) => items.get_mut(*i),
            (NodeKind::Map(entries), Step::Key(i)) => entries.get_mut(*i).map(|(k, _)| k),
            (NodeKind::Map(entries), Step::Value(i)) => entries.get_mut(*i).map(|(_, v)| v),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_text;
    use crate::model::{Manifest, Measure, Spanned};

    fn errors<T: for<'de> Deserialize<'de>>(text: &str, is_toml: bool) -> Vec<DeError> {
        let node = parse_text(text, is_toml).unwrap().unwrap();
        match from_node_all::<T>(&node, FileId(1)) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        }
    }

    /// The text each error points at.
    fn blamed<'t>(text: &'t str, errors: &[DeError]) -> Vec<&'t str> {
        errors
            .iter()
            .map(|e| {
                let (start, end) = e.span.expect("a span");
                &text[start as usize..end as usize]
            })
            .collect()
    }

    const MEASURE: &str = "\
id: T1
title: Fagbrev på jobb
strategy: develop
needs:
  - { need: B1, closes: 6 }
responsible: Enhetsleder
start: 2025-08-01
end: 2027-06-30
status: ongoing
";

    #[test]
    fn a_good_entity_reads_as_before() {
        assert!(errors::<Spanned<Measure>>(MEASURE, false).is_empty());
    }

    #[test]
    fn a_measure_with_three_wrong_fields_has_three_errors() {
        let text = MEASURE
            .replace("strategy: develop", "strategy: utvikle")
            .replace("start: 2025-08-01", "start: 1.8.2025")
            .replace("status: ongoing", "status: ongoing\nparticipants: mange");
        let errors = errors::<Spanned<Measure>>(&text, false);
        assert_eq!(blamed(&text, &errors), ["utvikle", "1.8.2025", "mange"]);
        assert!(matches!(
            errors[0].kind,
            DeErrorKind::UnknownVariant { ref variant, .. } if variant == "utvikle"
        ));
        assert_eq!(
            errors[1].kind,
            DeErrorKind::InvalidType {
                found: de::Found::Text("1.8.2025".into()),
                expected: Expected::Date,
            }
        );
        assert_eq!(errors[2].field.as_deref(), Some("participants"));
    }

    #[test]
    fn unknown_fields_nested_errors_and_every_missing_field_are_found() {
        // `titel` for `title`: the unknown field, not also a missing `title`. `responsible` and
        // `status` are missing for real; a cost has a wrong amount and a field of its own.
        let text = "\
id: T1
titel: Fagbrev på jobb
strategy: develop
needs: [B1]
start: 2025-08-01
end: 2027-06-30
costs:
  - { year: 2025, amount: mye, funding: ktt, status: granted, note: x }
";
        let errors = errors::<Spanned<Measure>>(text, false);
        let kinds: Vec<String> = errors
            .iter()
            .map(|e| match &e.kind {
                DeErrorKind::UnknownField { field, .. } => format!("unknown {field}"),
                DeErrorKind::MissingField(field) => format!("missing {field}"),
                DeErrorKind::InvalidType { .. } => format!("type {}", e.field.as_deref().unwrap()),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "unknown titel",
                "type amount",
                "unknown note",
                "missing responsible",
                "missing status"
            ]
        );
    }

    #[test]
    fn a_misspelt_field_of_a_need_link_is_one_error() {
        // `closse` is taken as `closes`: the link is not also reported as lacking `closes`.
        let text = MEASURE.replace("closes: 6", "closse: 6");
        let one = errors::<Spanned<Measure>>(&text, false);
        assert_eq!(one.len(), 1, "{one:?}");
        assert!(matches!(
            one[0].kind,
            DeErrorKind::UnknownField { ref field, .. } if field == "closse"
        ));
        // Without a likely meaning, the link still lacks `closes` or `strategy`.
        let text = MEASURE.replace("closes: 6", "antall: 6");
        let both = errors::<Spanned<Measure>>(&text, false);
        assert_eq!(both.len(), 2, "{both:?}");
    }

    #[test]
    fn the_manifest_reports_every_error_too() {
        let text = "\
[plan]
title = \"Plan\"
municipality = \"Testvik\"
scope = \"Helse\"
period = { start = 2025, end = \"2028\" }
status = \"vedtatt\"
language = \"bokmål\"
";
        let errors = errors::<Manifest>(text, true);
        assert_eq!(
            blamed(text, &errors),
            ["\"2028\"", "\"vedtatt\"", "\"bokmål\""]
        );
    }

    #[test]
    fn an_entity_of_the_wrong_kind_has_one_error() {
        let errors = errors::<Spanned<Measure>>("- T1\n", false);
        assert_eq!(errors.len(), 1);
        assert!(matches!(
            errors[0].kind,
            DeErrorKind::InvalidType {
                expected: Expected::Mapping,
                ..
            }
        ));
    }

    #[test]
    fn the_number_of_errors_is_bounded() {
        let mut text = MEASURE.to_owned();
        for i in 0..100 {
            text.push_str(&format!("extra{i}: 1\n"));
        }
        let errors = errors::<Spanned<Measure>>(&text, false);
        assert_eq!(errors.len(), limits::MAX_SCHEMA_ERRORS);
    }

    #[test]
    fn placeholders_are_told_apart_from_places_in_a_file() {
        assert!(is_placeholder((PLACEHOLDER, PLACEHOLDER)));
        assert!(!is_placeholder((0, limits::MAX_FILE_BYTES as u32)));
    }
}
