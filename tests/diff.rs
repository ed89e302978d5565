//! `kplan diff` on real git repositories built in temporary folders: an added measure, a cost
//! change, a removed need, a renamed id, a changed period and a plan moved to a sub-folder, each
//! snapshotted; the errors a user can run into; and appendix B of `kplan render --since`, which
//! must be the same Markdown as `kplan diff --format md`.

use std::path::Path;

use assert_cmd::Command;

mod common;

use common::edit;

fn kplan(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kplan").unwrap();
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1");
    cmd
}

/// A repository whose history holds one change per commit, tagged step1 … step6.
fn history() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    let r = repo.path();
    common::git(r, &["init", "-q", "-b", "main"]);
    common::copy_base_plan(r);
    common::git(r, &["add", "-A"]);
    common::git(r, &["commit", "-q", "-m", "first version"]);
    common::git(r, &["tag", "v1"]);
    let (needs, measures) = (r.join("needs.yaml"), r.join("measures.yaml"));
    let commit = |tag: &str| {
        common::git(r, &["commit", "-q", "-a", "-m", tag]);
        common::git(r, &["tag", tag]);
    };
    // 1: a new need and a measure for it.
    common::append(
        &needs,
        "  - id: B2\n    title: Flere sykepleiere\n    goals: [G1]\n    area: helsefag\n    strategy: acquire\n    quantity: fte\n    current: 10\n    required: 12\n    by: 2027\n    priority: medium\n",
    );
    common::append(
        &measures,
        "  - id: T2\n    title: Rekrutteringskampanje\n    strategy: acquire\n    needs: [{ need: B2, closes: 2 }]\n    responsible: HR-sjef\n    start: 2026-01-01\n    end: 2026-12-31\n    status: planned\n    costs:\n      - { year: 2026, amount: 80000, funding: ktt, status: applied }\n",
    );
    commit("added-measure");
    // 2: a cost changes.
    edit(&measures, "amount: 150000", "amount: 175000");
    commit("cost-change");
    // 3: the new need is removed (its measure now refers to nothing: still comparable).
    edit(
        &needs,
        "  - id: B2\n    title: Flere sykepleiere\n    goals: [G1]\n    area: helsefag\n    strategy: acquire\n    quantity: fte\n    current: 10\n    required: 12\n    by: 2027\n    priority: medium\n",
        "",
    );
    commit("removed-need");
    // 4: an id is renamed everywhere it is used.
    edit(&r.join("ambitions.yaml"), "id: A1\n", "id: A-attraktiv\n");
    edit(
        &r.join("goals.yaml"),
        "ambition: A1",
        "ambition: A-attraktiv",
    );
    commit("renamed-id");
    // 5: a measure's period moves.
    edit(&measures, "end: 2027-06-30", "end: 2028-06-30");
    commit("changed-period");
    // 6: the plan moves to a sub-folder.
    std::fs::create_dir_all(r.join("planer")).unwrap();
    let mut mv = vec!["mv".to_owned()];
    mv.extend(common::base_files());
    mv.push("planer/".to_owned());
    common::git(r, &mv.iter().map(String::as_str).collect::<Vec<_>>());
    std::fs::rename(r.join("planer"), r.join("planer-tmp")).unwrap();
    std::fs::create_dir_all(r.join("planer")).unwrap();
    std::fs::rename(r.join("planer-tmp"), r.join("planer/helse")).unwrap();
    common::git(r, &["add", "-A"]);
    commit("moved");
    repo
}

fn diff(repo: &Path, args: &[&str]) -> String {
    let out = kplan(repo).arg("diff").args(args).output().unwrap();
    assert!(
        out.status.code() == Some(0),
        "kplan diff {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `kplan diff --format json OLD NEW` on two folders, parsed.
/// `plan.md` of the plan in `plan`, rendered into `out` with appendix B since `old`.
fn plan_md_since(plan: &Path, old: &Path, out: &Path) -> String {
    kplan(plan)
        .args([
            "render",
            "-q",
            "--today",
            "2026-11-27",
            "--format",
            "md",
            "-o",
        ])
        .arg(out)
        .arg("--since")
        .arg(old)
        .assert()
        .success();
    std::fs::read_to_string(out.join("plan.md")).unwrap()
}

fn diff_json(old: &Path, new: &Path) -> serde_json::Value {
    let out = kplan(old)
        .args(["diff", "--format", "json"])
        .arg(old)
        .arg(new)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/diff");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn each_kind_of_change() {
    let repo = history();
    let settings = settings();
    let steps = [
        ("v1", "added-measure"),
        ("added-measure", "cost-change"),
        ("added-measure", "removed-need"),
        ("removed-need", "renamed-id"),
        ("renamed-id", "changed-period"),
    ];
    for (old, new) in steps {
        let text = diff(repo.path(), &[old, new]);
        settings.bind(|| insta::assert_snapshot!(new, text));
    }
    // The plan moved: name its folder in each revision.
    let text = diff(repo.path(), &["changed-period:", "moved:planer/helse"]);
    assert!(
        text.contains(": 0 "),
        "moving the plan changes nothing in it:\n{text}"
    );
    assert!(text.contains("Ingen endringer."), "{text}");
}

#[test]
fn whole_history_in_every_format() {
    let repo = history();
    let settings = settings();
    let plan = repo.path().join("planer/helse");
    // From inside the moved plan, `v1:` names the old top-level plan and NEW is the working tree.
    settings.bind(|| {
        insta::assert_snapshot!("history.text", diff(&plan, &["v1:", "--format", "text"]));
        insta::assert_snapshot!("history.md", diff(&plan, &["v1:", "--format", "md"]));
        insta::assert_snapshot!("history.json", diff(&plan, &["v1:", "--format", "json"]));
    });
}

#[test]
fn exit_code_like_git_diff() {
    let repo = history();
    let r = repo.path();
    kplan(r)
        .args(["diff", "v1", "added-measure", "--exit-code"])
        .assert()
        .code(1);
    kplan(r)
        .args(["diff", "v1", "v1", "--exit-code"])
        .assert()
        .code(0);
    kplan(r)
        .args(["diff", "v1", "added-measure"])
        .assert()
        .code(0);
    // `-q` prints nothing and the status tells, like `git diff --quiet`.
    for args in [&["-q"][..], &["-q", "--exit-code"]] {
        kplan(r)
            .args(["diff", "v1", "added-measure"])
            .args(args)
            .assert()
            .code(1)
            .stdout("")
            .stderr("");
        kplan(r)
            .args(["diff", "v1", "v1"])
            .args(args)
            .assert()
            .code(0)
            .stdout("");
    }
}

#[test]
fn folders_can_be_compared_without_git() {
    let (old, new) = (common::base_plan(), common::base_plan());
    edit(
        &new.path().join("kplan.toml"),
        "status = \"adopted\"",
        "status = \"retired\"",
    );
    let doc = diff_json(old.path(), new.path());
    assert_eq!(doc["format_version"], 1);
    assert_eq!(doc["manifest"][0]["field"], "status");
    assert_eq!(doc["manifest"][0]["old"], "adopted");
    assert_eq!(doc["manifest"][0]["new"], "retired");
}

#[test]
fn a_link_strategy_is_a_change_of_the_link() {
    let (old, new) = (common::base_plan(), common::base_plan());
    edit(
        &new.path().join("measures.yaml"),
        "{ need: B1, closes: 6 }",
        "{ need: B1, closes: 6, strategy: develop }",
    );
    let doc = diff_json(old.path(), new.path());
    let text = doc.to_string();
    assert!(
        text.contains(r#""field":"needs[B1].strategy""#) && text.contains(r#""new":"develop""#),
        "{text}"
    );
}

#[test]
fn clear_errors() {
    let repo = history();
    let r = repo.path();
    let not_a_repo = tempfile::tempdir().unwrap();
    let cases: [(&Path, &[&str], &str); 5] = [
        (r, &["no-such-tag"], "feil: ukjent versjon `no-such-tag`"),
        (
            r,
            &["v1:no/such/plan", "moved:planer/helse"],
            "feil: versjonen `v1` har ingen plan (kplan.toml) i `no/such/plan`",
        ),
        (
            not_a_repo.path(),
            &["HEAD~1"],
            "er ikke i et git-repository",
        ),
        (r, &["--", "-x"], "ukjent versjon `-x`"),
        (
            r,
            &["--lang", "en", "v1:no/such/plan", "moved:planer/helse"],
            "error: no plan (kplan.toml) at `no/such/plan` in revision `v1`",
        ),
    ];
    for (dir, args, message) in cases {
        kplan(dir)
            .arg("diff")
            .args(args)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(message));
    }
    // git itself missing.
    let empty = tempfile::tempdir().unwrap();
    kplan(r)
        .args(["diff", "v1", "moved:planer/helse"])
        .env("PATH", empty.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("git er ikke installert"));
}

#[test]
fn a_file_that_does_not_parse_is_an_error_naming_revision_and_file() {
    let repo = history();
    let r = repo.path();
    std::fs::write(r.join("planer/helse/broken.yaml"), "goals: [unclosed\n").unwrap();
    common::git(r, &["add", "-A"]);
    common::git(r, &["commit", "-q", "-m", "broken"]);
    kplan(r)
        .args(["diff", "moved:planer/helse", "HEAD:planer/helse"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "HEAD:planer/helse: broken.yaml: klammen `[` her blir aldri lukket med `]`",
        ));
}

#[test]
fn goals_and_needs_that_lose_their_last_measure_are_named() {
    let (old, new) = (common::base_plan(), common::base_plan());
    // Without the mobilise need and measure, T1 is the only measure; it is cancelled by removing
    // it from the plan.
    for plan in [&old, &new] {
        std::fs::remove_file(plan.path().join("strategy-mobilise.yaml")).unwrap();
    }
    std::fs::remove_file(new.path().join("measures.yaml")).unwrap();
    let doc = diff_json(old.path(), new.path());
    let q = &doc["consequences"];
    assert_eq!(q["goals_lost_measures"][0]["id"], "G1");
    assert_eq!(q["needs_lost_measures"][0]["id"], "B1");
    assert_eq!(q["total"]["before"], 150000);
    assert_eq!(q["total"]["after"], 0);
    assert_eq!(q["coverage_after"]["goals_covered"], 0);
}

#[test]
fn render_since_adds_appendix_b_to_both_documents() {
    let repo = history();
    let plan = repo.path().join("planer/helse");
    // The history left measure T2 pointing at the removed need B2: an error that stops rendering.
    edit(&plan.join("measures.yaml"), "need: B2", "need: B1");
    let out = tempfile::tempdir().unwrap();
    kplan(&plan)
        .args([
            "render",
            "--format",
            "html,md",
            "-q",
            "--today",
            "2026-11-27",
            "--since",
            "v1:",
            "-o",
        ])
        .arg(out.path())
        .assert()
        .success();
    let html = std::fs::read_to_string(out.path().join("plan.html")).unwrap();
    let md = std::fs::read_to_string(out.path().join("plan.md")).unwrap();
    for doc in [&html, &md] {
        // The checks leave remarks on this plan (appendix B), so the changes are appendix C.
        assert!(doc.contains("Vedlegg B: Merknader"));
        assert!(doc.contains("Vedlegg C: Endringer siden forrige versjon"));
        assert!(
            doc.contains("Rekrutteringskampanje"),
            "the added measure is listed"
        );
        assert!(doc.contains("A-attraktiv"), "the renamed id is listed");
    }
    assert!(
        html.contains("href=\"#changes\""),
        "the table of contents links to it"
    );
    assert!(html.contains("<del>150\u{a0}000\u{a0}kr</del> → <ins>175\u{a0}000\u{a0}kr</ins>"));
    assert!(
        html.contains("siden versjonen vedtatt 12.\u{a0}desember 2024 (git v1),"),
        "the old version is named by its adoption and revision"
    );
    // Without --since there is no appendix B.
    kplan(&plan)
        .args([
            "render",
            "--format",
            "html,md",
            "-q",
            "--today",
            "2026-11-27",
            "-o",
        ])
        .arg(out.path())
        .assert()
        .success();
    let html = std::fs::read_to_string(out.path().join("plan.html")).unwrap();
    assert!(!html.contains("id=\"changes\""));
}

/// Two folders whose comparison has every kind of change: a manifest change, an added unit, a
/// removed role and measure, a renamed ambition, changed fields (among them a word diff and text
/// to escape), a withheld workforce row whose figures changed, a moved period, and consequences
/// (costs per year and source, coverage lost). NEW renders: the checks the lost coverage breaks
/// are off.
fn every_kind_of_change() -> (tempfile::TempDir, tempfile::TempDir) {
    let long_old = "Assistentene tar fagbrev i helsearbeiderfaget mens de er i jobb, med veiledning fra sykepleierne og en fast dag i uka til teori.";
    let long_new = "Assistentene tar fagbrev i helsearbeiderfaget mens de er i full jobb, med veiledning fra erfarne sykepleiere og to faste dager i måneden til teori.";
    let (old, new) = (common::base_plan(), common::base_plan());
    for dir in [old.path(), new.path()] {
        common::append(
            &dir.join("goals.yaml"),
            "  - id: G2\n    title: Nok sykepleiere\n    ambition: A1\n    based_on: [hol]\n    indicators: [I1]\n",
        );
        common::append(
            &dir.join("needs.yaml"),
            "  - id: B2\n    title: Flere sykepleiere\n    goals: [G2]\n    area: helsefag\n    strategy: acquire\n    quantity: fte\n    current: 10\n    required: 12\n    by: 2027\n    priority: medium\n",
        );
        edit(
            &dir.join("measures.yaml"),
            "    target_group: assistent\n",
            &format!("    description: {long_old}\n    target_group: assistent\n"),
        );
        common::append(
            &dir.join("roles.yaml"),
            "  - id: sykepleier\n    name: Sykepleiere\n",
        );
        edit(
            &dir.join("workforce.yaml"),
            "workforce:\n",
            "workforce:\n  - unit: hjemmetjenesten\n    role: sykepleier\n    as_of: 2024-12-31\n    employees: 3\n    fte: 2.75\n",
        );
    }
    let o = old.path();
    common::append(
        &o.join("measures.yaml"),
        "  - id: T2\n    title: Rekrutteringskampanje\n    strategy: acquire\n    needs: [{ need: B2, closes: 2 }]\n    responsible: HR-sjef\n    start: 2026-01-01\n    end: 2026-12-31\n    status: planned\n    costs:\n      - { year: 2026, amount: 80000, funding: ktt, status: applied }\n",
    );
    common::append(&o.join("roles.yaml"), "  - id: vikar\n    name: Vikarer\n");
    let n = new.path();
    let manifest = n.join("kplan.toml");
    edit(&manifest, "status = \"adopted\"", "status = \"retired\"");
    edit(
        &manifest,
        "title = \"Kompetanseplan for testing\"",
        "title = \"Kompetanseplan for *testing* | 2025\"",
    );
    common::append(
        &manifest,
        "\n[checks]\ngoal-without-measure = \"off\"\nneed-without-measure = \"off\"\n",
    );
    edit(&n.join("ambitions.yaml"), "id: A1\n", "id: A-attraktiv\n");
    for _ in 0..2 {
        edit(
            &n.join("goals.yaml"),
            "ambition: A1",
            "ambition: A-attraktiv",
        );
    }
    let measures = n.join("measures.yaml");
    edit(&measures, "amount: 150000", "amount: 175000");
    edit(&measures, "end: 2027-06-30", "end: 2028-06-30");
    edit(&measures, long_old, long_new);
    edit(
        &measures,
        "title: Fagbrev på jobb",
        "title: Fagbrev på jobb <b>*viktig*</b> [1]",
    );
    common::append(
        &n.join("units.yaml"),
        "  - id: sykehjemmet\n    name: Sykehjemmet & co_\n",
    );
    edit(&n.join("workforce.yaml"), "fte: 2.75", "fte: 2.5");
    (old, new)
}

#[test]
fn appendix_b_is_the_markdown_of_kplan_diff() {
    let (old, new) = every_kind_of_change();
    let (o, n) = (old.path().to_str().unwrap(), new.path().to_str().unwrap());
    let md = diff(old.path(), &["--format", "md", o, n]);
    for kind in [
        "## Planens grunndata",
        "| Status | Vedtatt | Opphevet |",
        "- **Lagt til:** Sykehjemmet & co\\_",
        "- **Fjernet:** Vikarer",
        "- **Fjernet:** T2",
        "- **Ny id:** A1 → A-attraktiv",
        "**Endret:** T1 Fagbrev på jobb &lt;b&gt;\\*viktig\\*&lt;/b&gt; \\[1\\]",
        "~~sykepleierne~~**erfarne sykepleiere**",
        "| Tall | ikke vist (personvern) | ikke vist (personvern) |",
        "| Beløp (kostnad 2025, Kompetanse- og tjenesteutviklingstilskuddet) | 150\u{a0}000\u{a0}kr | 175\u{a0}000\u{a0}kr |",
        "| Slutt | 30.\u{a0}juni 2027 | 30.\u{a0}juni 2028 |",
        "| **Samlet kostnad** | 250\u{a0}000\u{a0}kr |",
        "- **Mål som ikke lenger har tiltak:** G2",
        "- **Behov som ikke lenger har tiltak:** B2",
        "- Tiltak med endret periode: T1",
        "# Endringer fra versjonen vedtatt 12.\u{a0}desember 2024 (",
    ] {
        assert!(md.contains(kind), "the comparison lacks {kind:?}:\n{md}");
    }
    let dir = tempfile::tempdir().unwrap();
    let doc = plan_md_since(new.path(), old.path(), dir.path());
    let appendix = &doc[doc.find("\n## Vedlegg C").expect("appendix C, the changes") + 1..];
    // The diff's own title gives way to the appendix heading and its intro; everything below
    // is the same, one heading level down.
    let (title, body) = md.split_once('\n').unwrap();
    assert!(title.starts_with("# Endringer fra "), "{title}");
    let body: String = body
        .lines()
        .map(|line| match line.starts_with('#') {
            true => format!("#{line}\n"),
            false => format!("{line}\n"),
        })
        .collect();
    assert!(
        appendix.starts_with(
            "## Vedlegg C: Endringer siden forrige versjon\n\n\
             Vedlegget viser hva som er endret i planen siden "
        ),
        "{appendix}"
    );
    assert!(
        appendix.contains(&body),
        "appendix B is not the diff's Markdown:\n--- kplan diff, one level down:\n{body}\n--- appendix B:\n{appendix}"
    );
}

#[test]
fn a_plan_may_replace_appendix_b_but_not_what_kplan_diff_prints() {
    let (old, new) = (common::base_plan(), common::base_plan());
    let n = new.path();
    edit(&n.join("measures.yaml"), "amount: 150000", "amount: 175000");
    common::append(&n.join("kplan.toml"), "\n[render]\ntemplates = \"maler\"\n");
    std::fs::create_dir_all(n.join("maler/diff")).unwrap();
    std::fs::write(
        n.join("maler/diff/changes.md.j2"),
        "Våre endringer: {{ changes.sections | length }} seksjon",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let doc = plan_md_since(n, old.path(), out.path());
    assert!(doc.contains("Våre endringer: 1 seksjon"), "{doc}");
    let md = diff(n, &["--format", "md", old.path().to_str().unwrap(), "."]);
    assert!(!md.contains("Våre endringer"), "{md}");
    assert!(
        md.contains("| Beløp (kostnad 2025, Kompetanse- og tjenesteutviklingstilskuddet) | 150\u{a0}000\u{a0}kr | 175\u{a0}000\u{a0}kr |"),
        "{md}"
    );
}

/// Own apprentices are compared like the other lists, named by their trade.
#[test]
fn apprentices_are_compared_and_named_by_their_trade() {
    let (old, new) = (common::base_plan(), common::base_plan());
    let entry = "apprentices:\n  - id: L1\n    trade: Helsearbeiderfaget\n    role: assistent\n    places: { 2025: 4, 2026: 4 }\n    completing: { 2027: 4 }\n";
    std::fs::write(old.path().join("apprentices.yaml"), entry).unwrap();
    std::fs::write(
        new.path().join("apprentices.yaml"),
        entry.replace("{ 2027: 4 }", "{ 2027: 3 }")
            + "  - id: L2\n    trade: Barne- og ungdomsarbeiderfaget\n    places: { 2025: 2 }\n",
    )
    .unwrap();
    let doc = diff_json(old.path(), new.path());
    let section = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == "apprentices")
        .unwrap_or_else(|| panic!("{doc}"));
    assert_eq!(section["added"][0]["id"], "L2");
    assert_eq!(
        section["added"][0]["name"],
        "Barne- og ungdomsarbeiderfaget"
    );
    let changed = &section["changed"][0];
    assert_eq!(changed["name"], "Helsearbeiderfaget");
    assert_eq!(changed["fields"][0]["field"], "completing.2027");
}

/// Issue 12: a grant that is rejected leaves the budget: the consequences count it no more.
#[test]
fn a_rejected_cost_drops_out_of_the_budget_consequences() {
    let (old, new) = (common::base_plan(), common::base_plan());
    common::edit(
        &new.path().join("measures.yaml"),
        "funding: ktt, status: granted",
        "funding: ktt, status: rejected",
    );
    let doc = diff_json(old.path(), new.path());
    let q = &doc["consequences"];
    // The base plan's T1 (150 000, KTT) and the mobilise measure T9 (20 000, own budget).
    assert_eq!(q["total"]["before"], 170000);
    assert_eq!(q["total"]["after"], 20000);
}
