//! `plan.md` read by the tools people convert it with: pandoc's default Markdown reader
//! (`pandoc plan.md -o plan.docx`) keeps every chapter heading and every table-of-contents link
//! finds its target, and in cmark-gfm (GitHub's reader) every such link names a heading's GitHub
//! id. Each test is skipped, with a note, when its program is not installed, unless
//! `KPLAN_REQUIRE_PANDOC=1` or `KPLAN_REQUIRE_CMARK_GFM=1` is set (CI sets both), then it fails.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use serde_json::Value;

mod common;

use common::root;

/// Renders `plan` (with `extra` arguments) and returns plan.md.
fn plan_md(plan: &Path, extra: &[&str]) -> String {
    let out = tempfile::tempdir().unwrap();
    Command::cargo_bin("kplan")
        .unwrap()
        .env_remove("KPLAN_TODAY")
        .args([
            "render",
            "--today",
            "2026-11-27",
            "-q",
            "--format",
            "md",
            "-o",
        ])
        .arg(out.path())
        .arg(plan)
        .args(extra)
        .assert()
        .success();
    std::fs::read_to_string(out.path().join("plan.md")).unwrap()
}

/// The Markdown of both examples, of testvik-helse in English and nynorsk, and of testvik-helse
/// with appendix B, each with a name.
fn documents() -> Vec<(String, String)> {
    let mut docs = Vec::new();
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        docs.push((
            example.to_owned(),
            plan_md(&root().join("examples").join(example), &[]),
        ));
    }
    let plan = root().join("examples/testvik-helse");
    for lang in ["en", "nn"] {
        docs.push((
            format!("testvik-helse --lang {lang}"),
            plan_md(&plan, &["--lang", lang]),
        ));
    }
    let earlier = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&plan).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), earlier.path().join(entry.file_name())).unwrap();
        }
    }
    common::edit(
        &earlier.path().join("6-tiltak.yaml"),
        "amount: 150000",
        "amount: 120000",
    );
    let since = earlier.path().to_str().unwrap().to_owned();
    docs.push((
        "testvik-helse --since".to_owned(),
        plan_md(&plan, &["--since", &since]),
    ));
    docs
}

/// Runs `program args` with `input` on stdin and returns stdout, or `None` (with a visible note)
/// when the program is not installed and `require` is not set.
fn run(program: &str, args: &[&str], input: &str, require: &str) -> Option<String> {
    let child = Process::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            assert!(
                std::env::var_os(require).is_none_or(|v| v != "1"),
                "{program} is needed ({require}=1) but cannot be run: {e}"
            );
            eprintln!("SKIPPED: {program} is not installed (apt-get install {program})");
            return None;
        }
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

/// `%C3%A5` → `å` in a link target.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The top-level entries of the table of contents: (text, target) of each `- [text](#target)`
/// line between the `## ` heading that opens it and the next blank line.
fn toc(md: &str) -> Vec<(String, String)> {
    let start = md.find("\n## ").unwrap();
    md[start..]
        .lines()
        .skip(3)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.strip_prefix("- ["))
        .map(|l| {
            let (text, target) = l.split_once("](#").unwrap();
            (
                text.replace('\\', ""),
                target.trim_end_matches(')').to_owned(),
            )
        })
        .collect()
}

// ---- pandoc ----

/// The text of a list of pandoc inlines.
fn stringify(inlines: &Value) -> String {
    let mut out = String::new();
    for inline in inlines.as_array().unwrap() {
        match inline["t"].as_str().unwrap() {
            "Str" => out.push_str(inline["c"].as_str().unwrap()),
            "Space" | "SoftBreak" | "LineBreak" => out.push(' '),
            "Code" => out.push_str(inline["c"][1].as_str().unwrap()),
            "Span" | "Link" => out.push_str(&stringify(&inline["c"][1])),
            "Emph" | "Strong" | "Strikeout" => out.push_str(&stringify(&inline["c"])),
            _ => {}
        }
    }
    out
}

#[derive(Default)]
struct Pandoc {
    /// (level, text) of every heading.
    headings: Vec<(u64, String)>,
    /// Every identifier: of a heading, a span or a div.
    ids: BTreeSet<String>,
    /// Every link target that starts with `#`.
    fragments: Vec<String>,
}

fn walk(value: &Value, doc: &mut Pandoc) {
    match value {
        Value::Object(map) => {
            match map.get("t").and_then(Value::as_str) {
                Some("Header") => {
                    let c = &map["c"];
                    doc.headings
                        .push((c[0].as_u64().unwrap(), stringify(&c[2])));
                    doc.ids.insert(c[1][0].as_str().unwrap().to_owned());
                }
                Some("Span" | "Div") => {
                    doc.ids.insert(map["c"][0][0].as_str().unwrap().to_owned());
                }
                Some("Link") => {
                    let target = map["c"][2][0].as_str().unwrap();
                    if let Some(fragment) = target.strip_prefix('#') {
                        doc.fragments.push(percent_decode(fragment));
                    }
                }
                _ => {}
            }
            for v in map.values() {
                walk(v, doc);
            }
        }
        Value::Array(items) => {
            for v in items {
                walk(v, doc);
            }
        }
        _ => {}
    }
}

#[test]
fn pandocs_default_reader_keeps_every_chapter_and_finds_every_toc_link() {
    for (name, md) in documents() {
        // `pandoc plan.md`: the default reader, as `pandoc plan.md -o plan.docx` uses it.
        let Some(json) = run("pandoc", &["-t", "json"], &md, "KPLAN_REQUIRE_PANDOC") else {
            return;
        };
        let json: Value = serde_json::from_str(&json).unwrap();
        let mut doc = Pandoc::default();
        walk(&json["blocks"], &mut doc);
        let chapters: Vec<&str> = doc
            .headings
            .iter()
            .filter(|(level, _)| *level == 2)
            .map(|(_, text)| text.as_str())
            .collect();
        // The table of contents' own heading, then one chapter per entry, in its order.
        let toc = toc(&md);
        let expected: Vec<&str> = toc.iter().map(|(text, _)| text.as_str()).collect();
        assert!(expected.len() >= 9, "{name}: {expected:?}");
        assert_eq!(
            &chapters[1..],
            &expected[..],
            "{name}: pandoc reads other level-2 headings than the table of contents lists"
        );
        if name == "testvik-helse --since" {
            assert!(
                chapters
                    .last()
                    .unwrap()
                    .ends_with(": Endringer siden forrige versjon"),
                "{name}"
            );
        }
        assert!(doc.fragments.len() >= toc.len(), "{name}");
        for fragment in &doc.fragments {
            assert!(
                doc.ids.contains(fragment),
                "{name}: the link #{fragment} leads nowhere after pandoc; ids: {:?}",
                doc.ids
            );
        }
    }
}

// ---- cmark-gfm ----

/// The id GitHub gives a heading with the text `text`, written here apart from kplan's own: lower
/// case, everything but letters, digits, `_`, `-` and spaces dropped, each space a `-`.
fn github_id(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|&c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The text of an HTML fragment: tags dropped, the entities cmark-gfm writes decoded.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn in_cmark_gfm_every_toc_link_names_a_github_heading_id() {
    for (name, md) in documents() {
        let Some(html) = run(
            "cmark-gfm",
            &[
                "--unsafe",
                "-e",
                "table",
                "-e",
                "autolink",
                "-e",
                "strikethrough",
            ],
            &md,
            "KPLAN_REQUIRE_CMARK_GFM",
        ) else {
            return;
        };
        // GitHub's ids, in document order, a repeated one numbered -1, -2 …
        let mut ids = BTreeSet::new();
        let mut rest = html.as_str();
        while let Some(at) = rest.find("<h") {
            let level = rest.as_bytes()[at + 2];
            if !(b'1'..=b'6').contains(&level) || rest.as_bytes()[at + 3] != b'>' {
                rest = &rest[at + 2..];
                continue;
            }
            let close = format!("</h{}>", level as char);
            let end = rest[at..].find(&close).unwrap() + at;
            let base = github_id(&html_text(&rest[at + 4..end]));
            let mut id = base.clone();
            let mut n = 0;
            while ids.contains(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            ids.insert(id);
            rest = &rest[end..];
        }
        let toc = toc(&md);
        assert!(toc.len() >= 9, "{name}: {toc:?}");
        let start = html.find("<ul>").unwrap();
        let list = &html[start..start + html[start..].find("<h2").unwrap()];
        let targets: Vec<String> = list
            .match_indices("<a href=\"#")
            .map(|(at, _)| {
                let target = &list[at + 10..];
                percent_decode(&target[..target.find('"').unwrap()])
            })
            .collect();
        assert!(targets.len() >= toc.len(), "{name}: {targets:?}");
        for target in &targets {
            assert!(
                ids.contains(target),
                "{name}: the table of contents links to #{target}, no heading's GitHub id; ids: {ids:?}"
            );
        }
    }
}
