//! Names that outside readers derive from the document: the heading ids of GitHub-flavoured
//! Markdown and of pandoc's default Markdown reader (so the table of contents of `plan.md` works
//! in both), and CSS strings for text the stylesheet prints (the running footer).

/// The id GitHub (and pandoc's `gfm` reader) gives a heading with the text `text`: lower case,
/// every character that is neither a letter, a digit, `-`, `_` nor white space dropped, each
/// white-space character a `-`. Letters outside ASCII (æ, ø, å) are kept. A later heading with
/// the same text gets `-1`, `-2` …; that is the template's business.
pub fn gfm_slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .filter(|&c| c.is_alphanumeric() || c == '-' || c == '_')
        .collect()
}

/// The id pandoc's default Markdown reader (`auto_identifiers`) gives a heading with the text
/// `text`: lower case, everything but letters, digits, white space, `_`, `-` and `.` dropped, runs
/// of white space one `-`, and everything before the first letter dropped (`1 Organisering` is
/// `organisering`); `section` when nothing is left.
pub fn pandoc_id(text: &str) -> String {
    let kept: String = text
        .to_lowercase()
        .chars()
        .filter(|&c| c.is_whitespace() || c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .collect();
    let joined = kept.split_whitespace().collect::<Vec<_>>().join("-");
    let id = joined.trim_start_matches(|c: char| !c.is_alphabetic());
    if id.is_empty() {
        "section".to_owned()
    } else {
        id.to_owned()
    }
}

/// What a Markdown heading with the text `text` needs at its start so that a link to its GitHub
/// id ([`gfm_slug`]) also works after pandoc's default reader: nothing when pandoc derives the
/// same id, otherwise an empty `<span>` with that id (pandoc reads it as a span with an
/// identifier, which every output format keeps, a DOCX as a bookmark; GitHub ignores it when it
/// computes the heading's own id from the text).
pub fn pandoc_anchor(text: &str) -> String {
    let slug = gfm_slug(text);
    if slug.is_empty() || slug == pandoc_id(text) {
        String::new()
    } else {
        format!("<span id=\"{slug}\"></span>")
    }
}

/// `text` as a quoted CSS string, for a `<style>` element: a quote, a backslash, `<`, `>`, `&` and
/// every control character written as a CSS escape, so the text can neither end the string nor
/// the element.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\'' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A catalogue text with the placeholders `{page}` and `{pages}` as the value of a CSS `content`
/// property for a page margin box: the text between them as CSS strings, each placeholder the
/// page counter (`side {page} av {pages}` is `"side " counter(page) " av " counter(pages)`).
pub fn css_page_counters(text: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('{') {
        let (before, after) = rest.split_at(at);
        let counter = ["{pages}", "{page}"]
            .into_iter()
            .find(|p| after.starts_with(p));
        match counter {
            Some(placeholder) => {
                if !before.is_empty() {
                    parts.push(css_string(before));
                }
                parts.push(format!(
                    "counter({})",
                    &placeholder[1..placeholder.len() - 1]
                ));
                rest = &after[placeholder.len()..];
            }
            None => {
                parts.push(css_string(&rest[..at + 1]));
                rest = &rest[at + 1..];
            }
        }
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(css_string(rest));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_ids_keep_digits_and_norwegian_letters() {
        assert_eq!(
            gfm_slug("1 Organisering og involvering"),
            "1-organisering-og-involvering"
        );
        assert_eq!(
            gfm_slug("5 Kompetanse- og bemanningsanalyse"),
            "5-kompetanse--og-bemanningsanalyse"
        );
        assert_eq!(gfm_slug("4 Hva er kompetanse?"), "4-hva-er-kompetanse");
        assert_eq!(
            gfm_slug("Vedlegg A: Frå mål til tiltak"),
            "vedlegg-a-frå-mål-til-tiltak"
        );
        assert_eq!(gfm_slug("Del 1: Bemanning"), "del-1-bemanning");
        assert_eq!(gfm_slug("Økt 2.0 (ny)"), "økt-20-ny");
    }

    #[test]
    fn pandoc_ids_start_with_a_letter() {
        assert_eq!(
            pandoc_id("1 Organisering og involvering"),
            "organisering-og-involvering"
        );
        assert_eq!(pandoc_id("Del 1: Bemanning"), "del-1-bemanning");
        assert_eq!(pandoc_id("Økt 2.0  (ny)"), "økt-2.0-ny");
        assert_eq!(pandoc_id("2025"), "section");
    }

    #[test]
    fn an_anchor_only_where_pandoc_and_github_disagree() {
        assert_eq!(pandoc_anchor("Sammendrag"), "");
        assert_eq!(pandoc_anchor("Vedlegg A: Fra mål til tiltak"), "");
        assert_eq!(
            pandoc_anchor("6 Kompetansestrategier og tiltak"),
            "<span id=\"6-kompetansestrategier-og-tiltak\"></span>"
        );
        assert_eq!(pandoc_anchor("!!"), "");
    }

    #[test]
    fn css_strings_cannot_end_the_string_or_the_style_element() {
        assert_eq!(css_string("side"), "\"side\"");
        assert_eq!(
            css_page_counters("side {page} av {pages}"),
            "\"side \" counter(page) \" av \" counter(pages)"
        );
        assert_eq!(
            css_page_counters("{page}/{pages} {x}"),
            "counter(page) \"/\" counter(pages) \" {\" \"x}\""
        );
        assert_eq!(
            css_string("a\"b</style>\\\n'&"),
            "\"a\\22 b\\3c /style\\3e \\5c \\a \\27 \\26 \""
        );
    }
}
