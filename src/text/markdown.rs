//! Plain text made safe to place in Markdown.

/// Escapes plain text for Markdown: characters that would start markup, HTML or a table cell.
///
/// `<` and `>` become entities rather than backslash escapes: GFM's extended autolinks
/// (`https://…`, `www.…`) take a backslash literally, so `https://x/\<img …>` would end the link
/// at the backslash and open a live tag, while `&lt;` is text everywhere. `&` is escaped only
/// where it would start an entity, so URLs with query strings still autolink. `$` is escaped
/// because GitHub reads `$…$` as mathematics.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_entity(&text[i + 1..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '{' | '}' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Whether the text after a `&` would make it an entity or character reference (`&amp;`,
/// `&#60;`, `&#x3c;`).
fn starts_entity(rest: &str) -> bool {
    let body = rest
        .strip_prefix("#x")
        .or_else(|| rest.strip_prefix("#X"))
        .or_else(|| rest.strip_prefix('#'))
        .unwrap_or(rest);
    let name_len = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    name_len > 0 && body.as_bytes().get(name_len) == Some(&b';')
}

/// The heading a Markdown text begins with: its first block, when that is a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadingHeading {
    /// The heading as plain text (emphasis and code spans without their marks).
    pub text: String,
    /// The last line it takes, 1-based (a setext heading takes two).
    pub end_line: usize,
}

/// The heading `md` begins with, if its first block is one (an appendix's title).
pub fn leading_heading(md: &str) -> Option<LeadingHeading> {
    use comrak::nodes::NodeValue;
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, md, &comrak::Options::default());
    let first = root.first_child()?;
    let end_line = {
        let ast = first.data.borrow();
        if !matches!(ast.value, NodeValue::Heading(_)) {
            return None;
        }
        ast.sourcepos.end.line
    };
    let mut text = String::new();
    for node in first.descendants() {
        match &node.data.borrow().value {
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Code(c) => text.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            _ => {}
        }
    }
    let text = text.trim().to_owned();
    (!text.is_empty()).then_some(LeadingHeading { text, end_line })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_escaped_for_markdown() {
        assert_eq!(escape_markdown("a|b *c* <x>"), "a\\|b \\*c\\* &lt;x&gt;");
        assert_eq!(escape_markdown("$x^2$"), "\\$x^2\\$");
        assert_eq!(
            escape_markdown("AT&T &amp; &#60; ?a=1&b=2"),
            "AT&T &amp;amp; &amp;\\#60; ?a=1&b=2"
        );
    }

    #[test]
    fn the_leading_heading_is_the_first_block_only() {
        let h = leading_heading("\n# Mandat for *arbeidsgruppen*\n\nTekst").unwrap();
        assert_eq!(h.text, "Mandat for arbeidsgruppen");
        assert_eq!(h.end_line, 2);
        let setext = leading_heading("Mandat `v2`\n======\n\nTekst").unwrap();
        assert_eq!((setext.text.as_str(), setext.end_line), ("Mandat v2", 2));
        assert_eq!(leading_heading("Tekst\n\n# Overskrift"), None);
        assert_eq!(leading_heading("#"), None);
        assert_eq!(leading_heading(""), None);
    }
}
