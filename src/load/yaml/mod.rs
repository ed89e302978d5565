//! YAML text → [`Node`] tree, through serde-saphyr with explicit budgets.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::tree::{Node, NodeKind};
use crate::diag::{Finding, Msg};
use crate::limits;
use crate::source::FileId;
use crate::text::Language;

mod lines;
mod mistakes;

/// Reads one YAML file as parsed: its tree (`Some(None)` for an empty document), or `None` when it
/// stays out of the plan, with the findings about it. A file that does not parse, or that holds a
/// `key:value` entry YAML read as one text, gets one `parse` error and nothing else; one that
/// parses may get warnings (`comment-in-text`, texts in curly quotes).
pub fn read(
    file: FileId,
    text: &str,
    parsed: Result<Option<Node>, YamlError>,
) -> (Option<Option<Node>>, Vec<Finding>) {
    match parsed {
        Err(err) => (None, vec![mistakes::syntax_error(file, text, &err)]),
        Ok(None) => (Some(None), Vec::new()),
        Ok(Some(node)) => match mistakes::suspicious(file, text, &node) {
            (Some(error), _) => (None, vec![error]),
            (None, warnings) => (Some(Some(node)), warnings),
        },
    }
}

/// A YAML syntax or budget error with its position (1-based line and column), if known.
#[derive(Debug)]
pub struct YamlError {
    /// The parser's message (for a breached limit: the limit's, in English).
    pub message: String,
    /// Line and column.
    pub position: Option<(u32, u32)>,
    /// For a breached safety limit: what was breached and what to do.
    pub limit: Option<(Msg, Msg)>,
}

/// Parses one YAML document. An empty document gives `None`.
pub fn parse(text: &str) -> Result<Option<Node>, YamlError> {
    let options = serde_saphyr::options! {
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::Error,
        // "no" must stay the text "no" (the Norway problem); only true/false are booleans.
        strict_booleans: true,
        with_snippet: false,
        budget: serde_saphyr::budget! {
            max_depth: limits::MAX_DEPTH,
            max_nodes: limits::MAX_NODES,
            max_aliases: limits::MAX_ALIASES,
            max_events: limits::MAX_EVENTS,
            max_recorded_anchor_events: limits::MAX_ALIAS_EVENTS,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: limits::MAX_ALIAS_EVENTS,
        },
    };
    serde_saphyr::from_str_with_options::<Option<YamlNode>>(text, options)
        .map(|root| {
            root.map(|YamlNode(mut node)| {
                extend_collections(&mut node, text.as_bytes());
                node
            })
        })
        .map_err(|err| {
            let limit = limit_message(&err);
            YamlError {
                position: err
                    .location()
                    .filter(|l| l.line() > 0)
                    .map(|l| (l.line() as u32, l.column().max(1) as u32)),
                message: match &limit {
                    Some((what, advice)) => {
                        format!("{}; {}", what.text(Language::En), advice.text(Language::En))
                    }
                    None => clean_message(&err.to_string()),
                },
                limit,
            }
        })
}

/// serde-saphyr marks a list or mapping by its first character only; extend each to its end:
/// the closing bracket of a flow collection, the end of the last entry of a block collection.
fn extend_collections(node: &mut Node, text: &[u8]) {
    let last_end = match &mut node.kind {
        NodeKind::Seq(items) => {
            items.iter_mut().for_each(|n| extend_collections(n, text));
            items.last().map(|n| n.end)
        }
        NodeKind::Map(entries) => {
            for (k, v) in entries.iter_mut() {
                extend_collections(k, text);
                extend_collections(v, text);
            }
            entries.last().map(|(k, v)| k.end.max(v.end))
        }
        _ => return,
    };
    let start = node.start as usize;
    let mut end = last_end.unwrap_or(node.end).max(node.end) as usize;
    if let Some(&open @ (b'[' | b'{')) = text.get(start) {
        let close = if open == b'[' { b']' } else { b'}' };
        let from = end.max(start + 1);
        // Between the last entry and the bracket there are only spaces, commas and comments; a
        // bracket inside a comment does not close the collection.
        let mut i = from.min(text.len());
        while i < text.len() {
            match text[i] {
                b'#' => {
                    while i < text.len() && text[i] != b'\n' {
                        i += 1;
                    }
                }
                b if b == close => {
                    end = i + 1;
                    break;
                }
                _ => i += 1,
            }
        }
    }
    node.end = end as u32;
}

/// A breached safety limit: what was breached (with the limit's value) and what to do.
fn limit_message(err: &serde_saphyr::Error) -> Option<(Msg, Msg)> {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach;
    let mut err = err;
    // A breach inside an alias's expansion comes wrapped with the alias's location.
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = err {
        err = error;
    }
    let split = || crate::msg!("parse-yaml-limit-split");
    let write_out = || crate::msg!("parse-yaml-limit-write-out");
    Some(match err {
        Error::Budget { breach, .. } => match breach {
            BudgetBreach::Nodes { .. } => (
                crate::msg!("parse-yaml-limit-nodes", limit = limits::MAX_NODES),
                split(),
            ),
            BudgetBreach::Events { .. } => (
                crate::msg!("parse-yaml-limit-events", limit = limits::MAX_EVENTS),
                split(),
            ),
            BudgetBreach::Depth { .. } => (
                crate::msg!("parse-yaml-limit-depth", limit = limits::MAX_DEPTH),
                crate::msg!("parse-yaml-limit-depth-help"),
            ),
            BudgetBreach::Aliases { .. } => (
                crate::msg!("parse-yaml-limit-aliases", limit = limits::MAX_ALIASES),
                write_out(),
            ),
            BudgetBreach::RecordedAnchorEvents { .. } => (
                crate::msg!(
                    "parse-yaml-limit-anchor-events",
                    limit = limits::MAX_ALIAS_EVENTS
                ),
                write_out(),
            ),
            other => (
                crate::msg!("parse-yaml-limit-other", detail = format!("{other:?}")),
                write_out(),
            ),
        },
        Error::AliasReplayLimitExceeded {
            max_total_replayed_events,
            ..
        } => (
            crate::msg!(
                "parse-yaml-limit-replayed",
                limit = *max_total_replayed_events
            ),
            write_out(),
        ),
        Error::AliasExpansionLimitExceeded {
            max_expansions_per_anchor,
            ..
        } => (
            crate::msg!(
                "parse-yaml-limit-expansions",
                limit = *max_expansions_per_anchor
            ),
            write_out(),
        ),
        Error::AliasReplayStackDepthExceeded { max_depth, .. } => (
            crate::msg!("parse-yaml-limit-alias-depth", limit = *max_depth),
            write_out(),
        ),
        _ => return None,
    })
}

/// serde-saphyr appends the location to its message; kplan shows it separately.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    match first.find(" at line ") {
        Some(i) => first[..i].to_owned(),
        None => first.to_owned(),
    }
}

struct YamlNode(Node);

impl<'de> Deserialize<'de> for YamlNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned: serde_saphyr::Spanned<Kind> = Deserialize::deserialize(deserializer)?;
        let span = spanned.referenced.span();
        let start = span.byte_offset().unwrap_or(span.offset());
        let len = span.byte_len().unwrap_or(span.len());
        Ok(YamlNode(Node::new(
            start as u32,
            (start + len) as u32,
            spanned.value.0,
        )))
    }
}

struct Kind(NodeKind);

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(KindVisitor)
    }
}

struct KindVisitor;

impl<'de> Visitor<'de> for KindVisitor {
    type Value = Kind;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Kind, D::Error> {
        Kind::deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Int(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Kind, E> {
        Ok(Kind(match i64::try_from(v) {
            Ok(i) => NodeKind::Int(i),
            Err(_) => NodeKind::Float(v as f64),
        }))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Kind, E> {
        Ok(Kind(match i64::try_from(v) {
            Ok(i) => NodeKind::Int(i),
            Err(_) => NodeKind::Float(v as f64),
        }))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Kind, E> {
        Ok(Kind(match i64::try_from(v) {
            Ok(i) => NodeKind::Int(i),
            Err(_) => NodeKind::Float(v as f64),
        }))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Float(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Str(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Kind, E> {
        Ok(Kind(NodeKind::Str(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Kind, A::Error> {
        let mut items = Vec::new();
        while let Some(YamlNode(node)) = seq.next_element()? {
            items.push(node);
        }
        Ok(Kind(NodeKind::Seq(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Kind, A::Error> {
        let mut entries = Vec::new();
        while let Some(YamlNode(key)) = map.next_key()? {
            let YamlNode(value) = map.next_value()?;
            entries.push((key, value));
        }
        Ok(Kind(NodeKind::Map(entries)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tree::testing::{get, items, shown};
    use serde_saphyr::budget::BudgetBreach;
    use serde_saphyr::{Error, Location};

    fn budget(breach: BudgetBreach, lang: Language) -> String {
        let (what, advice) = limit_message(&Error::Budget {
            breach,
            location: Location::UNKNOWN,
        })
        .unwrap();
        format!("{} {}", what.text(lang), advice.text(lang))
    }

    #[test]
    fn each_limit_is_named_with_its_value() {
        let nodes = budget(BudgetBreach::Nodes { nodes: 4_000_001 }, Language::En);
        assert_eq!(
            nodes,
            "the file holds more than 4,000,000 nodes (values, lists and mappings), the limit for \
             one file split the plan into several files"
        );
        let nb = budget(BudgetBreach::Nodes { nodes: 4_000_001 }, Language::Nb);
        assert!(nb.contains("4\u{a0}000\u{a0}000"), "{nb}");
        let depth = budget(BudgetBreach::Depth { depth: 65 }, Language::En);
        assert!(depth.contains("more than 64 levels"), "{depth}");
        let events = budget(BudgetBreach::Events { events: 1 }, Language::En);
        assert!(events.contains("16,000,000 parser events"), "{events}");
        let aliases = budget(BudgetBreach::Aliases { aliases: 1 }, Language::En);
        assert!(aliases.contains("1000 aliases"), "{aliases}");
        let (replay, _) = limit_message(&Error::AliasReplayLimitExceeded {
            total_replayed_events: 100_001,
            max_total_replayed_events: limits::MAX_ALIAS_EVENTS,
            location: Location::UNKNOWN,
        })
        .unwrap();
        let replay = replay.text(Language::En);
        assert!(replay.contains("more than 100,000 events"), "{replay}");
    }

    #[test]
    fn other_errors_keep_the_parsers_message() {
        let err = parse("a: [unclosed\n").unwrap_err();
        assert!(!err.message.contains("limit"), "{}", err.message);
    }

    fn doc(text: &str) -> Node {
        parse(text).expect("valid YAML").expect("a document")
    }

    #[test]
    fn a_flow_list_and_a_flow_mapping_span_their_brackets() {
        let text = "[a, b]";
        let list = doc(text);
        assert_eq!(shown(text, &list), "[a, b]");
        let shown_items: Vec<&str> = items(&list).iter().map(|n| shown(text, n)).collect();
        assert_eq!(shown_items, ["a", "b"]);

        let text = "{k: v}\n";
        let map = doc(text);
        assert_eq!(shown(text, &map), "{k: v}");
        let (k, v) = &map.as_map().unwrap()[0];
        assert_eq!((shown(text, k), shown(text, v)), ("k", "v"));
        assert_eq!(v.as_str(), Some("v"));
    }

    #[test]
    fn flow_collections_nested_in_block_ones() {
        let text = "list:\n  - [1, 2]\n  - {k: v, n: [x]}\nafter: 1\n";
        let root = doc(text);
        let list = get(&root, "list");
        assert_eq!(shown(text, list), "- [1, 2]\n  - {k: v, n: [x]}");
        let [pair, map] = items(list) else {
            panic!("two items")
        };
        assert_eq!(shown(text, pair), "[1, 2]");
        assert_eq!(items(pair)[1].kind, NodeKind::Int(2));
        assert_eq!(shown(text, map), "{k: v, n: [x]}");
        assert_eq!(shown(text, get(map, "n")), "[x]");
        assert_eq!(shown(text, get(&root, "after")), "1");
    }

    #[test]
    fn a_flow_list_over_several_lines_with_comments() {
        let text = "tags: [\n  a,  # first\n  b,  # second\n]  # after the list\nnext: 1\n";
        let root = doc(text);
        let tags = get(&root, "tags");
        assert_eq!(shown(text, tags), "[\n  a,  # first\n  b,  # second\n]");
        let shown_items: Vec<&str> = items(tags).iter().map(|n| shown(text, n)).collect();
        assert_eq!(shown_items, ["a", "b"], "comments are no entries");
        assert_eq!(shown(text, get(&root, "next")), "1");
    }

    #[test]
    fn a_flow_mapping_over_several_lines_with_comments() {
        let text = "age: {\n  # by band\n  \"under 30\": 5,  # young\n  30 og over: 15\n}  # end\n";
        let root = doc(text);
        let age = get(&root, "age");
        assert_eq!(
            shown(text, age),
            "{\n  # by band\n  \"under 30\": 5,  # young\n  30 og over: 15\n}"
        );
        let entries = age.as_map().unwrap();
        let shown_entries: Vec<(&str, &str)> = entries
            .iter()
            .map(|(k, v)| (shown(text, k), shown(text, v)))
            .collect();
        assert_eq!(shown_entries, [("\"under 30\"", "5"), ("30 og over", "15")]);
    }

    #[test]
    fn empty_flow_collections() {
        let text = "a: []\nb: {}\nc: [ ]  # nothing\n";
        let root = doc(text);
        assert_eq!(get(&root, "a").kind, NodeKind::Seq(vec![]));
        assert_eq!(shown(text, get(&root, "a")), "[]");
        assert_eq!(get(&root, "b").kind, NodeKind::Map(vec![]));
        assert_eq!(shown(text, get(&root, "b")), "{}");
        assert_eq!(shown(text, get(&root, "c")), "[ ]");
    }

    #[test]
    fn trailing_commas_add_no_entry() {
        let text = "a: [x, y,]\nb: {k: v,}\nc: [\n  x,\n]\n";
        let root = doc(text);
        assert_eq!(items(get(&root, "a")).len(), 2);
        assert_eq!(shown(text, get(&root, "a")), "[x, y,]");
        assert_eq!(get(&root, "b").as_map().unwrap().len(), 1);
        assert_eq!(shown(text, get(&root, "b")), "{k: v,}");
        assert_eq!(shown(text, get(&root, "c")), "[\n  x,\n]");
    }

    #[test]
    fn a_quoted_closing_bracket_in_the_last_entry_does_not_end_the_list() {
        let text = "a: [x, \"y]\"]\n";
        let root = doc(text);
        assert_eq!(shown(text, get(&root, "a")), "[x, \"y]\"]");
    }

    #[test]
    fn a_closing_bracket_in_a_comment_does_not_end_the_list() {
        let text = "a: [\n  x,  # see [1]\n]\n";
        let root = doc(text);
        assert_eq!(shown(text, get(&root, "a")), "[\n  x,  # see [1]\n]");
    }
}
