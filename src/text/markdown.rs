//! Plain text made safe to place in Markdown.

/// Escapes plain text for Markdown: characters that would start markup, HTML or a table cell.
///
/// `<` and `>` become entities rather than backslash escapes: GFM's extended autolinks
/// (`https://…`, `www.…`) take a backslash literally, so `https://x/\<img …>` would end the link
/// at the backslash and open a live tag, while `&lt;` is text everywhere. `&` is escaped only
/// where it would start an entity, so URLs with query strings still autolink.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_entity(&text[i + 1..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '{' | '}' | '~' => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_escaped_for_markdown() {
        assert_eq!(escape_markdown("a|b *c* <x>"), "a\\|b \\*c\\* &lt;x&gt;");
        assert_eq!(
            escape_markdown("AT&T &amp; &#60; ?a=1&b=2"),
            "AT&T &amp;amp; &amp;\\#60; ?a=1&b=2"
        );
    }
}
