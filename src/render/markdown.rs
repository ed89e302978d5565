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
    // A GFM table has one header row: its cells head the columns. Raw HTML is escaped, so every
    // `<th` here is comrak's own.
    out.replace("<th>", "<th scope=\"col\">")
        .replace("<th align=", "<th scope=\"col\" align=")
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

    #[test]
    fn headings_become_bold_paragraphs() {
        let html = to_html_bold("# Big\n\ntext");
        assert!(!html.contains("<h1"), "{html}");
        assert!(html.contains("<strong>Big</strong>"), "{html}");
        let md = to_markdown_bold("# Big\n\n<div>x</div>");
        assert!(!md.contains("# Big"), "{md}");
        assert!(!md.contains("<div>"), "{md}");
    }
}
