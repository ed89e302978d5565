//! The document's layout outside a wide screen: every HTML table in its own scroll box (a phone
//! scrolls the table, not the page), the printed pages' running footer in the document's
//! language, and a Markdown document whose headings survive readers that want a blank line before
//! them (pandoc), with the timeline as a table. `tests/browser` checks the same in Chromium and
//! `tests/pandoc.rs` with pandoc and cmark-gfm.

use std::path::Path;

mod common;

use common::{render_documents as render, root};

/// Copies the plan folder `from` with its subfolders into a new temporary folder.
fn copy_plan(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(from, dir.path());
    dir
}

/// The HTML of both examples, and of testvik-helse with appendix B (against a copy with one
/// amount changed), with a name for messages.
fn documents() -> Vec<(String, String, String)> {
    let mut docs = Vec::new();
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let (_out, html, md) = render(&root().join("examples").join(example), &[]);
        docs.push((example.to_owned(), html, md));
    }
    let plan = root().join("examples/testvik-helse");
    let earlier = copy_plan(&plan);
    common::edit(
        &earlier.path().join("6-tiltak.yaml"),
        "amount: 150000",
        "amount: 120000",
    );
    let since = earlier.path().to_str().unwrap().to_owned();
    let (_out, html, md) = render(&plan, &["--since", &since]);
    assert!(html.contains("id=\"appendix-b\""), "appendix B is missing");
    docs.push(("testvik-helse --since".to_owned(), html, md));
    docs
}

#[test]
fn every_table_sits_in_its_own_scroll_box() {
    for (name, html, _) in documents() {
        let body = &html[html.find("<body>").unwrap()..];
        let tables = body.matches("<table").count();
        assert!(tables > 20, "{name}: only {tables} tables");
        for (at, _) in body.match_indices("<table") {
            // The tag just before the table opens its box.
            let before = body[..at].trim_end();
            let open = &before[before.rfind('<').unwrap()..];
            assert!(
                open.starts_with("<div class=\"table-wrap\" tabindex=\"0\""),
                "{name}: a table outside its scroll box, after {open:?}: {}",
                &body[at..(at + 200).min(body.len())]
            );
            // A box that scrolls must be reachable by keyboard and, where the template writes
            // it, named like the table's caption.
            if open.contains("role=\"region\"") {
                assert!(open.contains("aria-label=\""), "{name}: {open}");
            }
        }
        assert_eq!(
            body.matches("</table>").count(),
            body.matches("</table>\n</div>").count() + body.matches("</table></div>").count(),
            "{name}: a table box is not closed right after its table"
        );
    }
}

#[test]
fn printed_pages_are_numbered_in_the_documents_language() {
    let plan = root().join("examples/testvik-helse");
    for (lang, words) in [
        ("nb", "\"side \" counter(page) \" av \" counter(pages)"),
        ("nn", "\"side \" counter(page) \" av \" counter(pages)"),
        ("en", "\"page \" counter(page) \" of \" counter(pages)"),
    ] {
        let (_out, html, _) = render(&plan, &["--lang", lang]);
        let head = &html[..html.find("</head>").unwrap()];
        assert!(
            head.contains(&format!("@bottom-right {{ content: {words};")),
            "{lang}: no page numbers in the print footer"
        );
        assert!(
            head.contains(
                "@bottom-left { content: \"Strategisk kompetanseplan for helse og omsorg 2025–2028 · Testvik kommune\";"
            ),
            "{lang}: the footer does not name the plan"
        );
    }
}

#[test]
fn the_plans_title_cannot_break_out_of_the_print_footer() {
    let plan = common::injection_plan("a\"; } body { display: none } </style><script>x</script>");
    let (_out, html, _) = render(plan.path(), &[]);
    let head = &html[..html.find("</head>").unwrap()];
    let footer = &head[head.find("@bottom-left").expect("footer")..];
    let line = footer.lines().next().unwrap();
    assert!(
        line.starts_with("@bottom-left { content: \"a\\22 ; } body { display: none } \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e  · "),
        "{line}"
    );
    assert!(!head.contains("<script"), "{head}");
    assert_eq!(head.matches("</style>").count(), 2, "{head}");
}

#[test]
fn markdown_headings_stand_alone_and_the_toc_links_to_github_ids() {
    for (name, _, md) in documents() {
        assert!(!md.contains("<a id="), "{name}: a raw HTML anchor");
        let lines: Vec<&str> = md.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.starts_with('#') && i > 0 {
                assert!(
                    lines[i - 1].trim().is_empty(),
                    "{name}: the heading {line:?} follows {:?} without a blank line",
                    lines[i - 1]
                );
            }
        }
        // The table of contents names GitHub's ids; the chapters whose pandoc id differs (they
        // begin with their step number) carry that id as an empty span.
        for (link, heading) in [
            (
                "- [1 Organisering og involvering](#1-organisering-og-involvering)",
                "## <span id=\"1-organisering-og-involvering\"></span>1 Organisering og involvering",
            ),
            ("- [Sammendrag](#sammendrag)", "## Sammendrag"),
            (
                "  - [Del 1: Bemanning](#del-1-bemanning)",
                "### Del 1: Bemanning",
            ),
            (
                "- [Vedlegg A: Fra mål til tiltak](#vedlegg-a-fra-mål-til-tiltak)",
                "## Vedlegg A: Fra mål til tiltak",
            ),
        ] {
            if name.starts_with("testvik-helse") {
                assert!(lines.contains(&link), "{name}: no TOC line {link:?}");
                assert!(lines.contains(&heading), "{name}: no heading {heading:?}");
            }
        }
    }
}

#[test]
fn the_timeline_is_a_table_in_markdown() {
    let (_out, _, md) = render(&root().join("examples/testvik-helse"), &[]);
    let at = md.find("### Tidslinje").expect("the timeline section");
    let section = &md[at..];
    assert!(
        section.starts_with(
            "### Tidslinje\n\nTallene i figuren: Tiltakene i planperioden\n\n\
             | Tiltak | Start | Slutt | Status |\n|---|---|---|---|\n\
             | T1 Rekrutteringspakke for sykepleiere i hjemmetjenesten | 1.\u{a0}mars 2025 | 31.\u{a0}desember 2028 | Pågår |\n"
        ),
        "{}",
        &section[..600.min(section.len())]
    );
    let rows = section
        .lines()
        .skip(6)
        .take_while(|l| l.starts_with("| T"))
        .count();
    assert_eq!(rows, 15, "one row per measure");
    let (_out, _, md) = render(&root().join("examples/fjordvik-oppvekst"), &[]);
    assert!(
        md.contains("| Tiltak | Start | Slutt | Status |"),
        "nynorsk"
    );
}
