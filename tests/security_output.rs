//! Output hardening: plan text never becomes live HTML in the Markdown document (read by
//! GitHub's parser with raw HTML on), the HTML document loads nothing remote, terminal formats
//! never emit raw control characters, and the human report stays bounded on very long lines.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;

mod common;

use common::root;

fn kplan() -> Command {
    let mut cmd = Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("KPLAN_TODAY")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .timeout(Duration::from_secs(120));
    cmd
}

/// Renders `plan` into a fresh folder and returns (html, md).
fn render(plan: &Path) -> (String, String) {
    let out = tempfile::tempdir().unwrap();
    kplan()
        .args(["render", "--today", "2026-11-27", "-q", "-o"])
        .arg(out.path())
        .arg(plan)
        .assert()
        .success();
    let html = std::fs::read_to_string(out.path().join("plan.html")).unwrap();
    let md = std::fs::read_to_string(out.path().join("plan.md")).unwrap();
    (html, md)
}

/// Text that GFM's extended autolinks would turn into live HTML if the escaping relied on
/// backslashes (an autolink takes them literally).
const AUTOLINK_PAYLOADS: &[&str] = &[
    "https://x/<img src=x onerror=alert(1)>",
    "http://x.no/<script>alert(1)</script>",
    "www.x.no/<img src=x onerror=alert(1)>",
    "se www.x.no/a<b>fet</b> og https://x.no/?a=1&b=<i>2</i>",
    "post@x.no<img src=x onerror=alert(1)>",
    "(https://x.no/<img src=x>) *https://x.no/<img src=y>*",
    "[https://x/<img src=x>](https://y/) `https://x/<img src=x>` **www.x.no/<img src=x>**",
    "https://x/\\<img src=x onerror=alert(1)\\> www.x.no\\<img src=x\\>",
    "&lt;img src=x&gt; https://x/&lt;img src=x&gt; &#60;img src=x&#62;",
];

/// Tags a Markdown document may produce when read by GFM with raw HTML on.
const ALLOWED_TAGS: &[&str] = &[
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "input",
];

/// `html` without the empty `<span id="…"></span>` kplan itself puts at the start of a chapter
/// heading (so that pandoc finds the chapter under its GitHub id); the id is a slug, letters,
/// digits and `-` only.
fn without_heading_anchors(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("><span id=\"") {
        let (before, after) = rest.split_at(at + 1);
        out.push_str(before);
        let heading = before.len() >= 4 && before[before.len() - 4..].starts_with("<h");
        let slug_end = after[10..].find('"').map(|e| e + 10);
        match slug_end {
            Some(end)
                if heading
                    && after[10..end]
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
                    && after[end..].starts_with("\"></span>") =>
            {
                rest = &after[end + "\"></span>".len()..];
            }
            _ => rest = after,
        }
    }
    out.push_str(rest);
    out
}

/// The tag names in `html` that are not in [`ALLOWED_TAGS`].
fn foreign_tags(html: &str) -> Vec<String> {
    let html = &without_heading_anchors(html);
    let mut found = Vec::new();
    for (i, _) in html.match_indices('<') {
        let rest = html[i + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !name.is_empty() && !ALLOWED_TAGS.contains(&name.as_str()) {
            found.push(html[i..].chars().take(40).collect());
        }
    }
    found
}

/// The HTML GitHub would show for `md`: comrak configured like github.com's cmark-gfm
/// (extended autolinks, tables, strikethrough, raw HTML passed through).
fn comrak_like_github(md: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.autolink = true;
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.render.r#unsafe = true;
    comrak::markdown_to_html(md, &options)
}

/// The HTML of `cmark-gfm --unsafe` for `md`, or `None` (with a visible note) without the binary.
fn cmark_gfm(md: &str) -> Option<String> {
    let child = std::process::Command::new("cmark-gfm")
        .args([
            "--unsafe",
            "-e",
            "autolink",
            "-e",
            "table",
            "-e",
            "strikethrough",
            "-e",
            "tasklist",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(_) => {
            eprintln!("SKIPPED: cmark-gfm is not installed (apt-get install cmark-gfm)");
            return None;
        }
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(md.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "cmark-gfm failed");
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn plain_and_markdown_fields_never_become_html_in_gfm_comrak() {
    for payload in AUTOLINK_PAYLOADS {
        let plan = common::injection_plan(payload);
        let (_html, md) = render(plan.path());
        let html = comrak_like_github(&md);
        let foreign = foreign_tags(&html);
        assert!(
            foreign.is_empty(),
            "payload {payload:?} gives live HTML {foreign:?}"
        );
    }
}

#[test]
fn plain_and_markdown_fields_never_become_html_in_cmark_gfm() {
    for payload in AUTOLINK_PAYLOADS {
        let plan = common::injection_plan(payload);
        let (_html, md) = render(plan.path());
        let Some(html) = cmark_gfm(&md) else { return };
        let foreign = foreign_tags(&html);
        assert!(
            foreign.is_empty(),
            "payload {payload:?} gives live HTML {foreign:?}"
        );
    }
}

#[test]
fn the_examples_read_by_cmark_gfm_hold_no_raw_html() {
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let (_html, md) = render(&root().join("examples").join(example));
        for html in [Some(comrak_like_github(&md)), cmark_gfm(&md)]
            .into_iter()
            .flatten()
        {
            let foreign = foreign_tags(&html);
            assert!(foreign.is_empty(), "{example}: {foreign:?}");
            // Ordinary text stays readable: no entity shows up escaped twice.
            assert!(!html.contains("&amp;lt;"), "{example}");
        }
    }
}

#[test]
fn remote_images_are_not_loaded_and_the_page_forbids_remote_loads() {
    let payload = "Se ![logo](https://evil.example/logo.png) og ![spor](//evil.example/t.gif) \
                   og ![svg](data:image/svg+xml,<svg onload=alert(1)>) og ![lokal](bilde.png)";
    let plan = common::injection_plan(payload);
    let (html, md) = render(plan.path());
    let body = &html[html.find("<body>").unwrap()..];
    for bad in [
        "<img",
        "src=\"http",
        "src=\"//",
        "src=\"data:",
        "src=\"bilde",
    ] {
        assert!(!body.contains(bad), "HTML contains {bad}");
    }
    // The picture stays reachable as a link, named by its alt text.
    assert!(
        body.contains("<a href=\"https://evil.example/logo.png\">logo</a>"),
        "{}",
        &body[..2000.min(body.len())]
    );
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    ));
    // In the Markdown document no image is embedded either.
    assert!(!md.contains("!["), "Markdown embeds an image");
    if let Some(gfm) = cmark_gfm(&md) {
        assert!(!gfm.contains("<img"), "cmark-gfm loads an image");
    }
}

/// Control characters that would drive or disguise a terminal.
const CONTROLS: &[char] = &[
    '\u{1b}', '\u{7}', '\r', '\u{202e}', '\u{2066}', '\u{9b}', '\u{7f}',
];

/// The first raw control character in `text`, other than newline.
fn raw_control(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// The base plan with an unknown reference holding control characters, written in YAML escapes
/// (they reach the messages) and raw (they reach the snippet); or, `broken`, a plan with a file
/// that does not parse, its raw control characters shown in the snippet.
fn plan_with_controls(broken: bool) -> tempfile::TempDir {
    let plan = common::base_plan();
    common::edit(
        &plan.path().join("needs.yaml"),
        "    goals: [G1]\n",
        "    goals: [G1, \"G\\e[2J\\a\\r\\u202e\\u009b9\u{202e}\u{2066}\"]\n",
    );
    if broken {
        std::fs::write(
            plan.path().join("broken.yaml"),
            "goals:\n  - id: G7\n    title: \"a\u{1b}[2J\u{7}b\u{7f}\u{202e}\n",
        )
        .unwrap();
    }
    plan
}

#[test]
fn human_and_github_formats_escape_control_characters() {
    for (broken, format) in [
        (false, "human"),
        (false, "github"),
        (true, "human"),
        (true, "github"),
    ] {
        let plan = plan_with_controls(broken);
        let out = kplan()
            .args(["check", "--today", "2026-11-27", "--format", format])
            .arg(plan.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        let expected = if broken { "parse" } else { "unknown-reference" };
        assert!(
            stdout.contains(expected),
            "{format}: the finding is reported: {stdout}"
        );
        for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
            if let Some((i, c)) = raw_control(text) {
                let around = &text[text.floor_char_boundary(i.saturating_sub(80))
                    ..text.ceil_char_boundary((i + 20).min(text.len()))];
                panic!("{format} {name} holds raw {c:?} at {i}: {around:?}");
            }
        }
    }
    for c in CONTROLS {
        assert!(raw_control(&c.to_string()).is_some(), "{c:?} is a control");
    }
}

#[test]
fn json_and_sarif_escape_control_characters() {
    let plan = plan_with_controls(false);
    for format in ["json", "sarif"] {
        let out = kplan()
            .args(["check", "--today", "2026-11-27", "--format", format])
            .arg(plan.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("\\u001b"), "{format} escapes ESC");
        // JSON escapes C0 controls (ESC, BEL, CR); DEL, C1 and bidi controls are valid JSON text.
        let c0 = stdout.chars().find(|&c| c < ' ' && c != '\n');
        assert_eq!(c0, None, "{format}");
    }
}

/// The base plan with need B1's `goals` written as a flow list of `refs` behind `padding` spaces.
fn plan_with_goals_line(padding: usize, refs: &[String]) -> tempfile::TempDir {
    let plan = common::base_plan();
    let line = format!(
        "    goals: [{}G1, {}]\n",
        " ".repeat(padding),
        refs.join(", ")
    );
    common::edit(&plan.path().join("needs.yaml"), "    goals: [G1]\n", &line);
    plan
}

fn check_human(plan: &Path) -> (Option<i32>, String, String) {
    let out = kplan()
        .args(["check", "--today", "2026-11-27", "--format", "human"])
        .arg(plan)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_finding_past_column_65535_is_shown_without_panicking() {
    let plan = plan_with_goals_line(100_000, &["G9".to_owned()]);
    let (status, stdout, stderr) = check_human(plan.path());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stdout.contains("`G9`"), "{stdout}");
    // The header names the real column, the snippet a window of the line around the label.
    assert!(stdout.contains("needs.yaml:4:100017]"), "{stdout}");
    assert!(stdout.contains("…"), "the clipped line is marked: {stdout}");
    assert!(stdout.len() < 4_000, "{} bytes: {stdout}", stdout.len());
}

#[test]
fn many_findings_on_one_long_line_give_output_linear_in_their_number() {
    let refs: Vec<String> = (0..2_000).map(|i| format!("X{i}")).collect();
    // Below 65 535 columns, where miette would panic (see the test above).
    let plan = plan_with_goals_line(40_000, &refs);
    let (status, stdout, stderr) = check_human(plan.path());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status, Some(1), "{stderr}");
    let findings = stdout.matches("unknown-reference").count();
    assert!(findings >= 2_000, "{findings} findings");
    // Each finding shows a bounded window of the 54 000-character line.
    assert!(
        stdout.len() < findings * 3_000,
        "{} bytes for {findings} findings",
        stdout.len()
    );
}
