//! Markdown fields of plan files, made safe: raw HTML is shown as text, links other than
//! http(s), mailto, tel and in-page anchors lose their target, images become links to the
//! picture (the document loads nothing), and headings become bold paragraphs so a field can never
//! break the document's outline. An appendix file keeps its headings, moved below the appendix
//! heading ([`Headings::Below`]).

use std::cell::RefCell;

use comrak::nodes::{Ast, AstNode, NodeValue};
use comrak::{Arena, Options};

fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.render.r#unsafe = false;
    // Escape raw HTML rather than dropping it: the reader sees what the author wrote.
    options.render.escape = true;
    options
}

/// Whether a link target is safe to keep.
fn safe_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    match lower.split_once(':') {
        // No scheme: a relative link or an anchor. A colon after a slash, `?` or `#` is no scheme.
        None => true,
        Some((scheme, _)) if scheme.contains(['/', '?', '#']) => true,
        Some((scheme, _)) => matches!(scheme, "http" | "https" | "mailto" | "tel"),
    }
}

/// What becomes of the headings of a Markdown text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headings {
    /// Bold paragraphs: a field's text has no place in the document's outline.
    Bold,
    /// Headings from this level down: the text's levels in use, in order, become this level,
    /// the next and so on (to 6 at most), so that none is skipped below the heading the text
    /// stands under.
    Below(u8),
}

/// The level each heading level used in the text becomes, from `top` down (index: the level).
fn levels<'a>(root: &'a AstNode<'a>, top: u8) -> [u8; 7] {
    let mut used = [false; 7];
    for node in root.descendants() {
        if let NodeValue::Heading(h) = &node.data.borrow().value {
            used[usize::from(h.level.min(6))] = true;
        }
    }
    let mut map = [0; 7];
    let mut next = top.clamp(1, 6);
    for level in 1..=6 {
        if used[level] {
            map[level] = next;
            next = (next + 1).min(6);
        }
    }
    map
}

/// Parses `md` and neutralises it: unsafe links emptied, headings turned into bold paragraphs
/// (or moved down, see [`Headings`]), raw HTML turned into text.
fn parse<'a>(
    arena: &'a Arena<'a>,
    md: &str,
    options: &Options,
    headings: Headings,
) -> &'a AstNode<'a> {
    let root = comrak::parse_document(arena, md, options);
    let map = match headings {
        Headings::Bold => None,
        Headings::Below(top) => Some(levels(root, top)),
    };
    let nodes: Vec<_> = root.descendants().collect();
    for node in nodes {
        let mut ast = node.data.borrow_mut();
        let start = ast.sourcepos.start;
        match &mut ast.value {
            // An image would be loaded (from the network, or a `data:` SVG with script); a link to
            // it, named by its alt text, is only followed when the reader asks.
            NodeValue::Image(link) => {
                let mut link = std::mem::take(link);
                if !safe_url(&link.url) {
                    link.url.clear();
                }
                ast.value = NodeValue::Link(link);
            }
            NodeValue::Link(link) if !safe_url(&link.url) => {
                link.url.clear();
            }
            NodeValue::HtmlBlock(block) => {
                let literal = std::mem::take(&mut block.literal);
                ast.value = NodeValue::Paragraph;
                drop(ast);
                let text = arena.alloc(AstNode::new(RefCell::new(Ast::new(
                    NodeValue::Text(literal.trim_end().to_owned().into()),
                    start,
                ))));
                node.append(text);
            }
            NodeValue::HtmlInline(html) => {
                let literal = std::mem::take(html);
                ast.value = NodeValue::Text(literal.into());
            }
            NodeValue::Heading(heading) if map.is_some() => {
                let map = map.expect("matched");
                heading.level = map[usize::from(heading.level.min(6))];
            }
            NodeValue::Heading(_) => {
                ast.value = NodeValue::Paragraph;
                drop(ast);
                let strong = arena.alloc(AstNode::new(RefCell::new(Ast::new(
                    NodeValue::Strong,
                    start,
                ))));
                let children: Vec<_> = node.children().collect();
                for child in children {
                    child.detach();
                    strong.append(child);
                }
                node.append(strong);
            }
            _ => {}
        }
    }
    root
}

/// Markdown → HTML fragment, safe to insert into the document.
pub fn to_html(md: &str, headings: Headings) -> String {
    let arena = Arena::new();
    let options = options();
    let root = parse(&arena, md, &options, headings);
    let mut out = String::new();
    comrak::format_html(root, &options, &mut out).expect("writing to a String cannot fail");
    // A GFM table has one header row: its cells head the columns. A table in a field scrolls
    // inside its own box, like the document's tables, instead of widening the page on a phone.
    // Raw HTML is escaped above, so every `<th` and `<table>` here is comrak's own.
    let out = out
        .replace("<th>", "<th scope=\"col\">")
        .replace("<th align=", "<th scope=\"col\" align=")
        .replace(
            "<table>",
            "<div class=\"table-wrap\" tabindex=\"0\"><table>",
        )
        .replace("</table>", "</table></div>");
    mark_self_named_links(&out)
}

/// `<a href="X">X</a>` (an autolink, or a link named by its address) gets the class `url`, so that
/// print does not write the address a second time after it.
fn mark_self_named_links(html: &str) -> String {
    const OPEN: &str = "<a href=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let self_named = after.find('"').is_some_and(|end| {
            let (href, tail) = after.split_at(end);
            !href.is_empty()
                && tail
                    .strip_prefix("\">")
                    .and_then(|t| t.strip_prefix(href))
                    .is_some_and(|t| t.starts_with("</a>"))
        });
        out.push_str(if self_named {
            "<a class=\"url\" href=\""
        } else {
            OPEN
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Markdown → Markdown, safe to insert into the Markdown document.
pub fn to_markdown(md: &str, headings: Headings) -> String {
    let arena = Arena::new();
    let options = options();
    let root = parse(&arena, md, &options, headings);
    let mut out = String::new();
    comrak::format_commonmark(root, &options, &mut out).expect("writing to a String cannot fail");
    out.trim_end().to_owned()
}

/// Markdown → its sanitised structure as data, for the PDF template: a list of blocks, each an
/// object with a `kind` (`paragraph`, `list`, `quote`, `code`, `table`, `rule`) and its inlines
/// (`text`, `emph`, `strong`, `strike`, `code`, `link`, `break`, `space`). The template lays the
/// structure out; no text of the field is ever read as typesetting code.
///
/// `None` when `md` is plain: empty, or one paragraph of one text equal to `md` itself. Then the
/// template may print the field as it is and the structure need not be handed over. The text is
/// parsed once either way.
#[cfg(feature = "pdf")]
pub fn to_blocks(md: &str) -> Option<serde_json::Value> {
    let arena = Arena::new();
    let options = options();
    let root = parse(&arena, md, &options, Headings::Bold);
    if is_plain(root, md) {
        return None;
    }
    Some(serde_json::Value::Array(blocks(root)))
}

/// The structure of an appendix's text, its headings kept from level `below` down (as
/// `markdown(headings=N)` keeps them in HTML): `heading` blocks with their `level` besides the
/// kinds of [`to_blocks`].
#[cfg(feature = "pdf")]
pub fn to_blocks_with_headings(md: &str, below: u8) -> serde_json::Value {
    let arena = Arena::new();
    let options = options();
    let root = parse(&arena, md, &options, Headings::Below(below));
    serde_json::Value::Array(blocks(root))
}

/// Whether the parsed `root` of `md` is one paragraph of plain text equal to `md` (or nothing,
/// for an empty `md`).
#[cfg(feature = "pdf")]
fn is_plain<'a>(root: &'a AstNode<'a>, md: &str) -> bool {
    let mut children = root.children();
    let (Some(paragraph), None) = (children.next(), children.next()) else {
        return md.is_empty();
    };
    if !matches!(paragraph.data.borrow().value, NodeValue::Paragraph) {
        return false;
    }
    let mut inner = paragraph.children();
    match (inner.next(), inner.next()) {
        (Some(text), None) => matches!(&text.data.borrow().value, NodeValue::Text(t) if t == md),
        _ => false,
    }
}

#[cfg(feature = "pdf")]
fn blocks<'a>(node: &'a AstNode<'a>) -> Vec<serde_json::Value> {
    node.children().filter_map(block).collect()
}

#[cfg(feature = "pdf")]
fn block<'a>(node: &'a AstNode<'a>) -> Option<serde_json::Value> {
    use serde_json::json;
    let value = node.data.borrow().value.clone();
    Some(match value {
        NodeValue::Paragraph => json!({ "kind": "paragraph", "inlines": inlines(node) }),
        NodeValue::List(list) => json!({
            "kind": "list",
            "ordered": list.list_type == comrak::nodes::ListType::Ordered,
            "start": list.start,
            "items": node.children().map(|item| serde_json::Value::Array(blocks(item))).collect::<Vec<_>>(),
        }),
        NodeValue::TaskItem(_) | NodeValue::Item(_) => {
            json!({ "kind": "quote", "blocks": blocks(node) })
        }
        NodeValue::BlockQuote => json!({ "kind": "quote", "blocks": blocks(node) }),
        NodeValue::CodeBlock(code) => json!({ "kind": "code", "text": code.literal.trim_end() }),
        NodeValue::ThematicBreak => json!({ "kind": "rule" }),
        NodeValue::Table(_) => {
            let rows: Vec<_> = node
                .children()
                .map(|row| {
                    serde_json::Value::Array(
                        row.children()
                            .map(|cell| serde_json::Value::Array(inlines(cell)))
                            .collect(),
                    )
                })
                .collect();
            json!({ "kind": "table", "rows": rows })
        }
        // An appendix's own heading, at the level `Headings::Below` gave it.
        NodeValue::Heading(heading) => {
            json!({ "kind": "heading", "level": heading.level, "inlines": inlines(node) })
        }
        // A paragraph made of what the sanitiser left (an HTML block as text).
        NodeValue::HtmlBlock(_) => {
            json!({ "kind": "paragraph", "inlines": inlines(node) })
        }
        _ => {
            let inner = blocks(node);
            if inner.is_empty() {
                return None;
            }
            json!({ "kind": "quote", "blocks": inner })
        }
    })
}

#[cfg(feature = "pdf")]
fn inlines<'a>(node: &'a AstNode<'a>) -> Vec<serde_json::Value> {
    use serde_json::json;
    let mut out = Vec::new();
    for child in node.children() {
        let value = child.data.borrow().value.clone();
        out.push(match value {
            NodeValue::Text(text) => json!({ "kind": "text", "text": text.to_string() }),
            NodeValue::Code(code) => json!({ "kind": "code", "text": code.literal }),
            NodeValue::SoftBreak => json!({ "kind": "space" }),
            NodeValue::LineBreak => json!({ "kind": "break" }),
            NodeValue::Emph => json!({ "kind": "emph", "inlines": inlines(child) }),
            NodeValue::Strong => json!({ "kind": "strong", "inlines": inlines(child) }),
            NodeValue::Strikethrough => json!({ "kind": "strike", "inlines": inlines(child) }),
            NodeValue::Link(link) => json!({
                "kind": "link",
                "url": link.url,
                "inlines": inlines(child),
            }),
            NodeValue::HtmlInline(html) => json!({ "kind": "text", "text": html }),
            _ => json!({ "kind": "span", "inlines": inlines(child) }),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to_html_bold(md: &str) -> String {
        to_html(md, Headings::Bold)
    }

    fn to_markdown_bold(md: &str) -> String {
        to_markdown(md, Headings::Bold)
    }

    #[test]
    fn an_appendix_keeps_its_headings_below_its_own_without_skipping_a_level() {
        let md = "## Bakgrunn\n\ntekst\n\n#### Detalj\n\n## Leveranser\n\n<script>x</script>";
        let html = to_html(md, Headings::Below(3));
        assert!(html.contains("<h3>Bakgrunn</h3>"), "{html}");
        assert!(html.contains("<h4>Detalj</h4>"), "{html}");
        assert!(html.contains("<h3>Leveranser</h3>"), "{html}");
        assert!(!html.contains("<h2") && !html.contains("<h5"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        let html = to_html("| a | b |\n|---|--:|\n| <th> | 2 |", Headings::Below(3));
        assert!(html.contains("<th scope=\"col\">a</th>"), "{html}");
        assert!(
            html.contains("<th scope=\"col\" align=\"right\">b</th>"),
            "{html}"
        );
        assert!(html.contains("&lt;th&gt;"), "{html}");
        let md = to_markdown("# A\n\n###### B\n\n###### C", Headings::Below(5));
        assert_eq!(md, "##### A\n\n###### B\n\n###### C");
    }

    #[test]
    fn html_is_escaped_and_links_made_safe() {
        let html = to_html_bold("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>hi</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        let html = to_html_bold("[ok](https://lovdata.no) [rel](#top)");
        assert!(html.contains("href=\"https://lovdata.no\""), "{html}");
        assert!(html.contains("href=\"#top\""), "{html}");
    }

    #[test]
    fn images_become_links() {
        let html = to_html_bold(
            "![logo](https://x.no/l.png) ![t](//x.no/t.gif) ![s](data:image/svg+xml,x)",
        );
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("<a href=\"https://x.no/l.png\">logo</a>"),
            "{html}"
        );
        assert!(!html.contains("data:"), "{html}");
        let md = to_markdown_bold("![logo](https://x.no/l.png)");
        assert_eq!(md, "[logo](https://x.no/l.png)");
    }

    #[cfg(feature = "pdf")]
    #[test]
    fn plain_text_has_no_blocks() {
        assert_eq!(to_blocks("Helse og omsorg"), None);
        assert_eq!(to_blocks(""), None);
        // An escaped character, an emphasis or a second paragraph is not plain.
        assert!(to_blocks("a \\* b").is_some());
        let blocks = to_blocks("*viktig*\n\nmer").unwrap();
        assert_eq!(blocks.as_array().unwrap().len(), 2);
        assert_eq!(blocks[0]["inlines"][0]["kind"], "emph");
    }

    #[test]
    fn headings_become_bold_paragraphs() {
        let html = to_html_bold("# Big\n\ntext");
        assert!(!html.contains("<h1"), "{html}");
        assert!(html.contains("<strong>Big</strong>"), "{html}");
        let md = to_markdown_bold("# Big\n\n<div>x</div>");
        assert!(!md.contains("# Big"), "{md}");
        assert!(!md.contains("<div>"), "{md}");
    }

    #[test]
    fn a_table_in_a_field_scrolls_in_its_own_box() {
        let html = to_html_bold("| a | b |\n|---|--:|\n| 1 | 2 |\n\n`<table>` &lt;table&gt;");
        assert!(
            html.starts_with("<div class=\"table-wrap\" tabindex=\"0\"><table>"),
            "{html}"
        );
        assert_eq!(html.matches("table-wrap").count(), 1, "{html}");
        assert!(html.contains("</table></div>"), "{html}");
        assert!(html.contains("<code>&lt;table&gt;</code>"), "{html}");
    }

    #[test]
    fn a_link_named_by_its_address_is_marked() {
        let html = to_html_bold("Se https://lovdata.no/a?b=1&c=2 og [loven](https://lovdata.no/).");
        assert!(
            html.contains(
                "<a class=\"url\" href=\"https://lovdata.no/a?b=1&amp;c=2\">https://lovdata.no/a?b=1&amp;c=2</a>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"https://lovdata.no/\">loven</a>"),
            "{html}"
        );
    }
}
