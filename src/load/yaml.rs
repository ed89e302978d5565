//! YAML text → [`Node`] tree, through serde-saphyr with explicit budgets.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::tree::{Node, NodeKind};
use crate::limits;

/// A YAML syntax or budget error with its position (1-based line and column), if known.
#[derive(Debug)]
pub struct YamlError {
    /// The parser's message.
    pub message: String,
    /// Line and column.
    pub position: Option<(u32, u32)>,
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
        .map_err(|err| YamlError {
            position: err
                .location()
                .filter(|l| l.line() > 0)
                .map(|l| (l.line() as u32, l.column().max(1) as u32)),
            message: limit_message(&err).unwrap_or_else(|| clean_message(&err.to_string())),
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

/// The message for a breached safety limit, naming the limit and its value.
fn limit_message(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach;
    let mut err = err;
    // A breach inside an alias's expansion comes wrapped with the alias's location.
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = err {
        err = error;
    }
    let (what, advice) = match err {
        Error::Budget { breach, .. } => match breach {
            BudgetBreach::Nodes { .. } => (
                format!(
                    "more than {} nodes (values, lists and mappings)",
                    grouped(limits::MAX_NODES)
                ),
                SPLIT,
            ),
            BudgetBreach::Events { .. } => (
                format!("more than {} parser events", grouped(limits::MAX_EVENTS)),
                SPLIT,
            ),
            BudgetBreach::Depth { .. } => (
                format!(
                    "lists and mappings nested more than {} levels deep",
                    grouped(limits::MAX_DEPTH)
                ),
                "real plans need about 6",
            ),
            BudgetBreach::Aliases { .. } => (
                format!(
                    "more than {} aliases (`*name`)",
                    grouped(limits::MAX_ALIASES)
                ),
                WRITE_OUT,
            ),
            BudgetBreach::RecordedAnchorEvents { .. } => (
                format!(
                    "anchors (`&name`) recording more than {} events",
                    grouped(limits::MAX_ALIAS_EVENTS)
                ),
                WRITE_OUT,
            ),
            other => (
                format!("a YAML safety limit breached ({other:?})"),
                WRITE_OUT,
            ),
        },
        Error::AliasReplayLimitExceeded {
            max_total_replayed_events,
            ..
        } => (
            format!(
                "aliases expanding to more than {} events",
                grouped(*max_total_replayed_events)
            ),
            WRITE_OUT,
        ),
        Error::AliasExpansionLimitExceeded {
            max_expansions_per_anchor,
            ..
        } => (
            format!(
                "an anchor expanded more than {} times",
                grouped(*max_expansions_per_anchor)
            ),
            WRITE_OUT,
        ),
        Error::AliasReplayStackDepthExceeded { max_depth, .. } => (
            format!(
                "aliases nested more than {} levels deep",
                grouped(*max_depth)
            ),
            WRITE_OUT,
        ),
        _ => return None,
    };
    Some(format!("{what} (the limit for one file); {advice}"))
}

const SPLIT: &str = "split the plan into several files";
const WRITE_OUT: &str = "plan files need no alias expansion on this scale: write the values out";

/// `4000000` as `4 000 000`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
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

    fn budget(breach: BudgetBreach) -> String {
        limit_message(&Error::Budget {
            breach,
            location: Location::UNKNOWN,
        })
        .unwrap()
    }

    #[test]
    fn each_limit_is_named_with_its_value() {
        let nodes = budget(BudgetBreach::Nodes { nodes: 4_000_001 });
        assert_eq!(
            nodes,
            "more than 4 000 000 nodes (values, lists and mappings) (the limit for one file); \
             split the plan into several files"
        );
        assert!(budget(BudgetBreach::Depth { depth: 65 }).contains("more than 64 levels"));
        assert!(budget(BudgetBreach::Events { events: 1 }).contains("16 000 000 parser events"));
        assert!(budget(BudgetBreach::Aliases { aliases: 1 }).contains("1 000 aliases"));
        let replay = limit_message(&Error::AliasReplayLimitExceeded {
            total_replayed_events: 100_001,
            max_total_replayed_events: limits::MAX_ALIAS_EVENTS,
            location: Location::UNKNOWN,
        })
        .unwrap();
        assert!(replay.contains("more than 100 000 events"), "{replay}");
        assert_eq!(grouped(64), "64");
        assert_eq!(grouped(1_000), "1 000");
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
